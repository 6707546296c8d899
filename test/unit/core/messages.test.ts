// The message catalogues (src/core/messages.ts): the type picks the schema, and anything that is
// not one of the catalogue's messages is refused with a reason, never thrown on.
import { describe, expect, it } from 'vitest';
import { ContentToBackgroundSchema, message, messageCatalogue, reply, UiToBackgroundSchema } from '../../../src/core/messages';

const incidentId = '3f2a9c4e-1b7d-4e8a-9c0f-5d6e7f8a9b0c';
/** The types of a catalogue whose only field is the incident id. */
const incidentOnlyTypes = (catalogue: { types: Record<string, { shape: object }> }) =>
  Object.entries(catalogue.types)
    .filter(([, schema]) => Object.keys(schema.shape).sort().join() === 'incidentId,type')
    .map(([type]) => type);
const reasonOf = (value: unknown) => {
  const parsed = UiToBackgroundSchema.safeParse(value);
  return parsed.success ? 'accepted' : parsed.error.issues[0]?.message;
};

describe('UiToBackgroundSchema', () => {
  it('accepts each message type with its own fields', () => {
    const types = incidentOnlyTypes(UiToBackgroundSchema);
    expect(types).toContain('retry');
    for (const type of types)
      expect(UiToBackgroundSchema.safeParse({ type, incidentId })).toEqual({ success: true, data: { type, incidentId } });
    expect(UiToBackgroundSchema.safeParse({ type: 'tab-summary', tabId: 4 })).toEqual({
      success: true,
      data: { type: 'tab-summary', tabId: 4 },
    });
    expect(UiToBackgroundSchema.safeParse({ type: 'set-progress', incidentId, done: ['a-1'] }).success).toBe(true);
  });

  it('drops fields the type does not have', () => {
    expect(UiToBackgroundSchema.safeParse({ type: 'retry', incidentId, url: 'https://evil.test/' })).toEqual({
      success: true,
      data: { type: 'retry', incidentId },
    });
  });

  it('refuses non-objects and unknown types with a reason', () => {
    for (const value of [null, undefined, 'retry', 42, [], [{ type: 'retry', incidentId }]])
      expect(reasonOf(value)).toBe('expected an object');
    for (const type of [undefined, 7, 'nope', 'RETRY', 'banner-open']) expect(reasonOf({ type, incidentId })).toBe('unknown message type');
  });

  it('does not take inherited property names for types', () => {
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(reasonOf({ type, incidentId })).toBe('unknown message type');
    expect(reasonOf(JSON.parse('{"__proto__": {"type": "retry"}, "incidentId": "3f2a9c4e-1b7d"}'))).toBe('unknown message type');
  });

  it("names the field that broke the type's own schema", () => {
    expect(reasonOf({ type: 'retry' })).toBe('incidentId: Invalid input');
    expect(reasonOf({ type: 'retry', incidentId: '<img src=x>' })).toBe('incidentId: Invalid input');
    expect(reasonOf({ type: 'tab-summary', tabId: -1 })).toBe('tabId: Invalid input');
    expect(reasonOf({ type: 'tab-summary', tabId: 1.5 })).toBe('tabId: Expected an integer');
    expect(reasonOf({ type: 'set-progress', incidentId, done: Array(65).fill('a') })).toBe('done: Invalid input');
    expect(reasonOf({ type: 'set-progress', incidentId, done: ['ok', 'NOT OK'] })).toBe('done.1: Invalid input');
  });
});

describe('ContentToBackgroundSchema', () => {
  it('takes only banner-open from a content script', () => {
    for (const type of incidentOnlyTypes(ContentToBackgroundSchema))
      expect(ContentToBackgroundSchema.safeParse({ type, incidentId }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'banner-open', incidentId }).success).toBe(true);
    expect(ContentToBackgroundSchema.safeParse({ type: 'retry', incidentId }).success).toBe(false);
  });
});

describe('messageCatalogue', () => {
  it('builds one object schema per type, with the type as a literal', () => {
    const catalogue = messageCatalogue({ ping: message({}, reply<'pong'>()) });
    expect(catalogue.types.ping.safeParse({ type: 'ping' }).success).toBe(true);
    expect(catalogue.types.ping.safeParse({ type: 'pong' }).success).toBe(false);
  });
});
