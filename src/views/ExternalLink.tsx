// Every link that leaves the guide (the préfecture, ANEF, ANTS, service-public, a source). Inside
// an association's iframe it opens in a new tab, never inside the frame (a site that refuses
// framing would leave a dead frame); `noreferrer` sends nothing of the guide's address.
import type { ReactNode } from 'react';
import { useAppConfig } from '../config/AppConfig';

interface Props {
  href: string;
  className?: string;
  children: ReactNode;
  /** Test hooks and ARIA attributes, passed through. */
  [attribute: `data-${string}` | `aria-${string}`]: string | boolean | undefined;
}

export function ExternalLink({ href, className, children, ...attributes }: Props) {
  const { embed } = useAppConfig();
  const newTab = embed && !href.startsWith('mailto:');
  return (
    <a
      href={href}
      className={className}
      rel={newTab ? 'noopener noreferrer' : 'noreferrer'}
      target={newTab ? '_blank' : undefined}
      {...attributes}
    >
      {children}
    </a>
  );
}
