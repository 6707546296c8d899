// Honest words for "Show the browser's own warning": where the browser offers no way past the
// error (catalog: browserOffersOverride false), say that it blocks the site for the person's
// protection; the button then only shows the browser's own page, for its explanation. Chromium
// reports a certificate error on an HSTS host with the same code as anywhere else and then offers
// no way through (Firefox names it, NS_ERROR_BAD_HSTS_CERT), so its note says so.
import { t } from './i18n';

const OFFERS_OVERRIDE = __BROWSER__ === 'firefox' ? 'ui_native_offers_override' : 'ui_native_offers_override_chromium';

export const nativeButtonLabel = (override: boolean | null): string => t(override === true ? 'ui_show_native' : 'ui_show_native_page');

export function NativeWarningNote({ override }: { override: boolean | null }) {
  if (override === null) return null;
  return (
    <p id="native-note" class={override ? 'note' : 'note blocked'} data-testid="native-note" data-override={String(override)}>
      {t(override ? OFFERS_OVERRIDE : 'ui_native_no_override')}
    </p>
  );
}
