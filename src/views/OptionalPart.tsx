// A part of the page that may be left out: a lazy component shown through Suspense, with the same
// fallback while its chunk loads and, if it cannot load (offline, blocked), for good. The guide
// goes on without it. The kiosk's parts and its statement line use it.
import { Component, Suspense, type ReactNode } from 'react';

class Boundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function OptionalPart({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  return (
    <Boundary fallback={fallback}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </Boundary>
  );
}
