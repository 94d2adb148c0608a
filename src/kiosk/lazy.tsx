// The kiosk's parts as lazy components (see ./parts.tsx). While the chunk loads they show
// nothing (a QR code shows its address); if it cannot load, the guide goes on without them.
import { lazy, type ComponentProps } from 'react';
import { targetText } from '../content/targets';
import { OptionalPart as Part } from '../views/OptionalPart';

// The kiosk's code; its words (the `kiosk` namespace) are fetched by useKiosk.
const parts = () => import('./parts');
const Idle = lazy(() => parts().then((m) => ({ default: m.IdleWatch })));
const Languages = lazy(() => parts().then((m) => ({ default: m.KioskLanguages })));
const TextSize = lazy(() => parts().then((m) => ({ default: m.TextSizeControl })));
const Qr = lazy(() => parts().then((m) => ({ default: m.QrTarget })));

export const KioskIdle = (props: ComponentProps<typeof Idle>) => (
  <Part>
    <Idle {...props} />
  </Part>
);

export const KioskLanguages = (props: ComponentProps<typeof Languages>) => (
  <Part>
    <Languages {...props} />
  </Part>
);

export const KioskTextSize = (props: ComponentProps<typeof TextSize>) => (
  <Part>
    <TextSize {...props} />
  </Part>
);

export const KioskQr = (props: ComponentProps<typeof Qr>) => (
  <Part
    fallback={
      <p className="link-address" dir="ltr" lang="fr">
        {targetText(props.target)}
      </p>
    }
  >
    <Qr {...props} />
  </Part>
);
