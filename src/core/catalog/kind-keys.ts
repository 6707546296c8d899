// Message keys of a kind's heading and explanation. On their own so that surfaces needing only a
// heading (the banner, via the background) do not load the code notes.
import type { FailureKind } from '../kinds';

const slug = (kind: FailureKind): string => kind.replace(/-/g, '_');

export const kindTitleKey = (kind: FailureKind): string => `kind_${slug(kind)}_title`;
export const kindExplainKey = (kind: FailureKind): string => `kind_${slug(kind)}_explain`;
