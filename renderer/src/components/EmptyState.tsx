import type { ReactNode } from 'react';
import { Icon, type IconName } from '../shell/icons';

interface EmptyStateProps {
  icon: IconName;
  title: string;
  /** The heading level fits where the empty state sits: a whole screen (1) or a section (2). */
  level?: 1 | 2;
  children?: ReactNode;
}

export function EmptyState({ icon, title, level = 2, children }: EmptyStateProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="empty-state">
      <div className="empty-state-icon">
        <Icon name={icon} size={28} />
      </div>
      <Heading className="empty-state-title">{title}</Heading>
      {children}
    </section>
  );
}
