// The Japanese glossary in machine-readable form: one chosen term per concept, the variants that
// must not appear in Japanese messages, and the contexts where a variant is right after all.
// docs/glossary-ja.md is the same glossary for people; the two change together.

/** A rule over Japanese messages: every match of `forbidden` is a finding unless it lies inside a match of an `allowed` pattern. */
export interface GlossaryRule {
  /** What the rule is about, as the English text says it. */
  concept: string;
  /** The term to write instead. */
  chosen: string;
  forbidden: RegExp;
  /** Contexts in which a variant is the right word (a span that covers the variant excuses it). */
  allowed?: readonly RegExp[];
  /** Messages (by key) where the variant is the right word throughout. */
  allowedKeys?: RegExp;
  /** Messages (by locale fragment and key) the rule applies to; every message when absent. */
  appliesTo?: (file: string, key: string) => boolean;
}

/**
 * Labels of other products' user interfaces, quoted as the product spells them (checked against
 * the public sources docs/glossary-ja.md names). A variant inside one of these is the product's
 * word, not ours.
 */
export const QUOTED_UI_LABELS: readonly string[] = [
  // Firefox (Mozilla's Japanese localization writes プロキシー).
  '「インターネット接続に使用するプロキシーの設定」',
  '「システムのプロキシー設定を利用する」',
  '「プロキシーを使用しない」',
  '「プロキシーを設定」',
  // The word to type into Firefox's settings search, as Firefox spells it.
  '「プロキシー」',
  '「他のトラブルシューティング情報」',
  // macOS (System Settings > Network > Details > Proxies).
  '「Web プロキシ (HTTP)」',
  '「保護された Web プロキシ (HTTPS)」',
  // Windows Security.
  '「Microsoft Defender ウイルス対策 (オフライン スキャン)」',
  // Avast (the product's feature names).
  '「Web シールド」',
  '「HTTPS scanning in Web Shield」',
];

/** Locale fragments whose messages are shown on every operating system, Android included. */
const shownOnEveryOs = (file: string, key: string) => file !== 'checklist.json' || /android/.test(key);
const desktopOnly = (file: string, key: string) => file === 'checklist.json' && /_(windows|macos|linux|chromeos)(_|$)/.test(key);

export const GLOSSARY_JA: readonly GlossaryRule[] = [
  {
    concept: "site owner (the site's owner)",
    chosen: 'サイトの運営者',
    forbidden: /管理者/g,
    // 管理者 is whoever manages this computer, this browser or the network, never the site's owner.
    allowed: [/ネットワークの管理者/g, /(パソコン|デバイス|ブラウザー)の管理者/g, /IT 管理者/g, /(その|この)管理者/g, /管理者向けの報告/g],
  },
  {
    concept: "the person's machine (your computer, this device)",
    chosen: 'パソコン (Windows, macOS, Linux, ChromeOS) / デバイス (Android, or any OS)',
    forbidden: /コンピューター|コンピュータ|端末/g,
  },
  {
    concept: 'network equipment, not the person’s machine',
    chosen: '機器 only as ネットワーク機器 (routers, printers, NAS, firewalls)',
    forbidden: /機器/g,
    allowed: [/(ネットワーク|セキュリティ|フィルター)機器/g, /ネットワーク(上|内)の機器/g],
    // Steps and verdicts about a device on the person's own network (router, printer, NAS, camera).
    allowedKeys: /home_device|^step_device_/,
  },
  {
    concept: "the person's machine in a message shown on every OS, Android included",
    chosen: 'デバイス',
    forbidden: /パソコン/g,
    // Naming a kind of machine, not this one.
    allowed: [/別のパソコンやスマートフォン/g],
    appliesTo: shownOnEveryOs,
  },
  {
    concept: "the person's machine in a Windows, macOS, Linux or ChromeOS step",
    chosen: 'パソコン',
    forbidden: /デバイス/g,
    allowed: [/「[^」]*デバイス[^」]*」/g],
    appliesTo: desktopOnly,
  },
  { concept: 'proxy', chosen: 'プロキシ', forbidden: /プロキシー/g },
  {
    concept: 'client certificate',
    chosen: 'クライアント証明書',
    forbidden: /利用者の証明書|個人用の?証明書|本人確認用の証明書|(あなた|機器|デバイス)を(識別|確認)する(ため)?の?証明書/g,
  },
  { concept: 'smart card', chosen: 'スマートカード', forbidden: /IC ?カード/g },
  // 分かれる (to split) is another verb.
  { concept: 'to know, to find out', chosen: 'わかる', forbidden: /分か(?!れる|れて|れた|れま)/g },
  { concept: 'web', chosen: 'ウェブ', forbidden: /\bweb\b/gi, allowed: [/Chrome Web Store/g] },
  { concept: 'interception', chosen: '割り込み / 通信に割り込む', forbidden: /傍受/g },
  { concept: 'IT department', chosen: 'IT 部門', forbidden: /情報システム部門?|情シス/g },
  // その他 (and the vendors' その他の… labels) is another word.
  { concept: 'other (other sites)', chosen: 'ほかの', forbidden: /(?<!その)他の/g },
  {
    concept: 'Latin letters and digits next to Japanese',
    chosen: 'a half-width space between them (Firefox の, TLS 1.2 だけ)',
    forbidden: /[A-Za-z0-9][\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff][A-Za-z0-9]/g,
  },
  {
    concept: 'brackets in Japanese text',
    chosen: '（） full-width',
    // A half-width bracket next to or around Japanese text.
    forbidden: /\([^()]*[\u3040-\u30ff\u4e00-\u9fff][^()]*\)|[\u3040-\u30ff\u4e00-\u9fff]\(|\)[\u3040-\u30ff\u4e00-\u9fff]/g,
  },
  {
    concept: 'parenthetical glosses the English does not have',
    chosen: 'no gloss',
    forbidden: /（[^）]*ようなもの）/g,
  },
];
