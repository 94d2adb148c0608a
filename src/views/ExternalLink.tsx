// Every link that leaves the guide (the préfecture, ANEF, ANTS, service-public, a source): where it
// opens is src/embed/outboundLink.ts's rule (a new tab inside an association's iframe).
import type { ReactNode } from 'react';
import { useAppConfig } from '../config/AppConfig';
import { outboundLinkAttributes } from '../embed/outboundLink';

interface Props {
  href: string;
  className?: string;
  children: ReactNode;
  /** Test hooks and ARIA attributes, passed through. */
  [attribute: `data-${string}` | `aria-${string}`]: string | boolean | undefined;
}

export function ExternalLink({ href, className, children, ...attributes }: Props) {
  const { embed } = useAppConfig();
  return (
    <a href={href} className={className} {...outboundLinkAttributes(href, embed)} {...attributes}>
      {children}
    </a>
  );
}
