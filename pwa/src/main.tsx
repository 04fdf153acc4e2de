import { render } from 'preact';
import { App } from './app';
import { startUpdates } from './update/update-controller';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
startUpdates();
