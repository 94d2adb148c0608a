import type { ChannelId } from '../content/channels';

// One simple line icon per channel (24×24, stroke only), decorative: the heading says the same.
const PATHS: Record<ChannelId, string> = {
  appointment: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3v3H8z',
  'demarches-simplifiees': 'M6 3h8l4 4v14H6zM14 3v4h4M12 17v-6M9 14l3-3 3 3',
  anef: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
  post: 'M4 8h16v12H4zM4 8l3-4h10l3 4M9 13h6',
  antony: 'M3 21h18M5 21V10M19 21V10M9 21v-7h6v7M3 10l9-6 9 6',
  ants: 'M5 17h14v-5l-2-5H7l-2 5zM5 12h14M8 17v2M16 17v2',
  'contact-form': 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  'sub-prefecture': 'M3 21h18M5 21V10M19 21V10M9 21v-7h6v7M3 10l9-6 9 6',
  'other-prefecture': 'M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11zM12 8a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  'not-covered':
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17v.5',
};

export function ChannelIcon({ channel }: { channel: ChannelId }) {
  return (
    <svg className="channel-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[channel]} />
    </svg>
  );
}
