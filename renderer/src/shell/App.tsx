import { useEffect } from 'react';
import { useWindowTitle } from '../features/workspace/useWindowTitle';
import { useI18n } from '../i18n/useI18n';
import { AreaPlaceholder } from './AreaPlaceholder';
import { CurrentProjectProvider } from './CurrentProject';
import { useHashRoute } from './hashRoute';
import { NavRail } from './NavRail';
import { findRoute } from './routes';
import { TopBar } from './TopBar';

function Content() {
  useWindowTitle();
  const { path } = useHashRoute();
  const route = findRoute(path);
  // A new screen starts at its top, like a new page would.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [route.path]);

  return (
    <>
      <NavRail activePath={route.path} />
      <TopBar />
      <main id="content" className="content" tabIndex={-1}>
        {'Screen' in route ? (
          <route.Screen />
        ) : (
          <AreaPlaceholder area={route.placeholder} icon={route.icon} />
        )}
      </main>
    </>
  );
}

export function App() {
  const { t } = useI18n();
  return (
    <CurrentProjectProvider>
      <div className="app">
        <a
          className="skip-link"
          href="#content"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('content')?.focus();
          }}
        >
          {t('app.skipToContent')}
        </a>
        <Content />
      </div>
    </CurrentProjectProvider>
  );
}
