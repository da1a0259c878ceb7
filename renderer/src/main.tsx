import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initTransport } from './api';
import { I18nProvider } from './i18n/I18nProvider';
import { App } from './shell/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/cards.css';

// Take the launch token out of the address before anything else reads or rewrites it.
initTransport();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
