// @peculiar/x509 uses tsyringe, which refuses to load without a Reflect metadata polyfill
// (reflect-metadata is not installed here). This is the small subset tsyringe calls; it is
// installed only when no polyfill is present. Import it before @peculiar/x509.

/** @typedef {Map<unknown, unknown>} MetaMap */
/** @type {WeakMap<object, Map<string | symbol | undefined, MetaMap>>} */
const store = new WeakMap();

/**
 * @param {object} target
 * @param {string | symbol | undefined} prop
 * @param {boolean} create
 * @returns {MetaMap | undefined}
 */
function own(target, prop, create) {
  let byProp = store.get(target);
  if (!byProp) {
    if (!create) return undefined;
    byProp = new Map();
    store.set(target, byProp);
  }
  let map = byProp.get(prop);
  if (!map && create) {
    map = new Map();
    byProp.set(prop, map);
  }
  return map;
}

const R = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (Reflect));
if (typeof R.getMetadata !== 'function') {
  const shim = {
    /** @param {unknown} key @param {unknown} value @param {object} target @param {string | symbol} [prop] */
    defineMetadata: (key, value, target, prop) => void own(target, prop, true)?.set(key, value),
    /** @param {unknown} key @param {object} target @param {string | symbol} [prop] */
    getOwnMetadata: (key, target, prop) => own(target, prop, false)?.get(key),
    /** @param {unknown} key @param {object} target @param {string | symbol} [prop] */
    hasOwnMetadata: (key, target, prop) => own(target, prop, false)?.has(key) ?? false,
    /** @param {unknown} key @param {object} target @param {string | symbol} [prop] */
    getMetadata: (key, target, prop) => {
      for (let t = target; t; t = Object.getPrototypeOf(t)) {
        const map = own(t, prop, false);
        if (map?.has(key)) return map.get(key);
      }
      return undefined;
    },
    /** @param {unknown} key @param {object} target @param {string | symbol} [prop] */
    hasMetadata: (key, target, prop) => {
      for (let t = target; t; t = Object.getPrototypeOf(t)) if (own(t, prop, false)?.has(key)) return true;
      return false;
    },
    /** @param {unknown} key @param {unknown} value */
    metadata: (key, value) => (/** @type {object} */ target, /** @type {string | symbol} */ prop) =>
      void own(target, prop, true)?.set(key, value),
  };
  for (const [name, fn] of Object.entries(shim)) Object.defineProperty(Reflect, name, { value: fn, configurable: true, writable: true });
}
