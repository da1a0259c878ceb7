/** Line icons drawn for Copro (24×24, stroke): decorative, always next to a text label. */
const paths = {
  projects: 'M4 5h16v14H4z M8 5v14 M16 5v14 M4 9h4 M4 15h4 M16 9h4 M16 15h4',
  dashboard: 'M4 4h7v7H4z M13 4h7v4h-7z M13 10h7v10h-7z M4 13h7v7H4z',
  budget: 'M6 3h12v18H6z M9 7h6 M9 11h6 M9 15h4',
  financing: 'M12 3a9 9 0 1 0 9 9h-9z M14.5 3.4a9 9 0 0 1 6.1 6.1h-6.1z',
  campaigns: 'M5 21V4 M5 4h12l-2.5 4.5L17 13H5',
  contributors:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6 M16 5.3a3 3 0 0 1 0 5.4 M18 14.3c1.8.8 3 2.6 3 4.7',
  fulfillment: 'M3 7l9-4 9 4v10l-9 4-9-4z M3 7l9 4 9-4 M12 11v10',
  exports: 'M12 3v12 M7 10l5 5 5-5 M4 20h16',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  alert: 'M12 4l9 16H3z M12 10v4 M12 17v.5',
  plus: 'M12 5v14 M5 12h14',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
