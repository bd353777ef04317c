// Entry of the Chartcoder workbench: page styles and the app shell.
import './global.css';
import './app';
