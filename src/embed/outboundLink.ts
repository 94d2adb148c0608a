// Where an outbound link (préfecture, ANEF, ANTS, service-public) opens. Inside an association's
// iframe: in a new tab, so that a site refusing to be framed never leaves a dead frame, and the
// guide stays where the person left it; without an opener or a referrer, as everywhere. A
// `mailto:` link opens the mail app and stays as it is.

export interface OutboundLinkAttributes {
  target?: '_blank';
  rel: string;
}

export function outboundLinkAttributes(href: string, embedded: boolean): OutboundLinkAttributes {
  if (!embedded || href.startsWith('mailto:')) return { rel: 'noreferrer' };
  return { target: '_blank', rel: 'noopener noreferrer' };
}
