// "The site answers at www.example.com": after a name mismatch whose other form answered with a
// valid certificate, a link to the same address there. The person decides: the extension never
// goes there by itself, and its probe asked that host's origin only.
import { alternativeUrl, otherHostForm } from '../core/alternative-host';
import type { Evidence } from '../core/evidence';
import { t } from './i18n';

/** `newTab`: the popup opens the link beside the tab rather than inside itself. */
export function AlternativeHostOffer({ evidence, newTab = false }: { evidence: Evidence; newTab?: boolean }) {
  const { failure, alternativeHost } = evidence;
  // Only the form the background would have asked, for the URL that failed.
  if (failure.kind !== 'cert-name' || alternativeHost?.answered !== true || alternativeHost.host !== otherHostForm(failure.url))
    return null;
  const href = alternativeUrl(failure.url, alternativeHost.host);
  if (!href) return null;
  return (
    <p class="alternative-host">
      {t('ui_alternative_host_about', alternativeHost.host)}{' '}
      <a data-testid="alternative-host" href={href} rel="noreferrer" target={newTab ? '_blank' : undefined}>
        {t('ui_alternative_host_open', alternativeHost.host)}
      </a>
    </p>
  );
}
