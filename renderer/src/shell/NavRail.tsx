import { useI18n } from '../i18n/useI18n';
import { hrefFor } from './hashRoute';
import { Icon } from './icons';
import { routes } from './routes';

export function NavRail({ activePath }: { activePath: string }) {
  const { t } = useI18n();
  return (
    <nav className="rail" aria-label={t('nav.label')}>
      <div className="rail-brand">
        <span className="rail-logo" aria-hidden="true">
          C
        </span>
        <span className="rail-name">{t('app.name')}</span>
      </div>
      <ul className="rail-list">
        {routes.map((route) => (
          <li key={route.path}>
            <a
              className="rail-link"
              href={hrefFor(route.path)}
              aria-current={route.path === activePath ? 'page' : undefined}
            >
              <Icon name={route.icon} />
              <span>{t(route.label)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
