// Honest words for "Show the browser's own warning": where the browser offers no way past the
// error (catalog: browserOffersOverride false), say that it blocks the site for the person's
// protection; the button then only shows the browser's own page, for its explanation. Chromium
// reports a certificate error on an HSTS host with the same code as anywhere else and then offers
// no way through (Firefox names it, NS_ERROR_BAD_HSTS_CERT), so its note says so. Where the steps
// advise against continuing (an organisation's site: its IT department fixes it), the note says
// that instead of pointing at the way through.
import type { MessageKey } from '../core/message-key';
import { t } from './i18n';

const OFFERS_OVERRIDE = __BROWSER__ === 'firefox' ? 'ui_native_offers_override' : 'ui_native_offers_override_chromium';

export const nativeButtonLabel = (override: boolean | null): string => t(override === true ? 'ui_show_native' : 'ui_show_native_page');

export function NativeWarningNote({ override, againstBypass }: { override: boolean | null; againstBypass: boolean }) {
  if (override === null) return null;
  const key: MessageKey = !override ? 'ui_native_no_override' : againstBypass ? 'ui_native_no_bypass_organisation' : OFFERS_OVERRIDE;
  return (
    <p id="native-note" class={override ? 'note' : 'note blocked'} data-testid="native-note" data-override={String(override)}>
      {t(key)}
    </p>
  );
}
