// Message keys of a kind's heading and explanation. On their own so that surfaces needing only a
// heading (the banner, via the background) do not load the code notes.
import type { FailureKind } from '../kinds';
import { keyPart, type MessageKey } from '../message-key';

export const kindTitleKey = (kind: FailureKind): MessageKey => `kind_${keyPart(kind)}_title`;
export const kindExplainKey = (kind: FailureKind): MessageKey => `kind_${keyPart(kind)}_explain`;
