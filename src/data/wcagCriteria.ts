/**
 * WCAG 2.2 success criteria at levels A and AA, with the names used in the Japanese translation.
 * `jis` marks the 38 criteria of WCAG 2.0, which JIS X 8341-3:2016 adopts unchanged;
 * 4.1.1 was removed in WCAG 2.2 but is still part of JIS X 8341-3:2016.
 */
export interface SuccessCriterion {
  id: string;
  name: string;
  level: 'A' | 'AA';
  jis: boolean;
}

const list: Array<[string, string, 'A' | 'AA', boolean]> = [
  ['1.1.1', '非テキストコンテンツ', 'A', true],
  ['1.2.1', '音声のみ及び映像のみ(収録済)', 'A', true],
  ['1.2.2', 'キャプション(収録済)', 'A', true],
  ['1.2.3', '音声解説、又はメディアに対する代替(収録済)', 'A', true],
  ['1.2.4', 'キャプション(ライブ)', 'AA', true],
  ['1.2.5', '音声解説(収録済)', 'AA', true],
  ['1.3.1', '情報及び関係性', 'A', true],
  ['1.3.2', '意味のある順序', 'A', true],
  ['1.3.3', '感覚的な特徴', 'A', true],
  ['1.3.4', '表示の向き', 'AA', false],
  ['1.3.5', '入力目的の特定', 'AA', false],
  ['1.4.1', '色の使用', 'A', true],
  ['1.4.2', '音声の制御', 'A', true],
  ['1.4.3', 'コントラスト(最低限)', 'AA', true],
  ['1.4.4', 'テキストのサイズ変更', 'AA', true],
  ['1.4.5', '文字画像', 'AA', true],
  ['1.4.10', 'リフロー', 'AA', false],
  ['1.4.11', '非テキストのコントラスト', 'AA', false],
  ['1.4.12', 'テキストの間隔', 'AA', false],
  ['1.4.13', 'ホバー又はフォーカスで表示されるコンテンツ', 'AA', false],
  ['2.1.1', 'キーボード', 'A', true],
  ['2.1.2', 'キーボードトラップなし', 'A', true],
  ['2.1.4', '文字キーのショートカット', 'A', false],
  ['2.2.1', 'タイミング調整可能', 'A', true],
  ['2.2.2', '一時停止、停止及び非表示', 'A', true],
  ['2.3.1', '3回の閃光、又は閾値以下', 'A', true],
  ['2.4.1', 'ブロックスキップ', 'A', true],
  ['2.4.2', 'ページタイトル', 'A', true],
  ['2.4.3', 'フォーカス順序', 'A', true],
  ['2.4.4', 'リンクの目的(コンテキスト内)', 'A', true],
  ['2.4.5', '複数の手段', 'AA', true],
  ['2.4.6', '見出し及びラベル', 'AA', true],
  ['2.4.7', 'フォーカスの可視化', 'AA', true],
  ['2.4.11', 'フォーカスが隠されない(最低限)', 'AA', false],
  ['2.5.1', 'ポインタのジェスチャ', 'A', false],
  ['2.5.2', 'ポインタのキャンセル', 'A', false],
  ['2.5.3', 'ラベルを含む名前(name)', 'A', false],
  ['2.5.4', '動きによる起動', 'A', false],
  ['2.5.7', 'ドラッグ動作', 'AA', false],
  ['2.5.8', 'ターゲットのサイズ(最低限)', 'AA', false],
  ['3.1.1', 'ページの言語', 'A', true],
  ['3.1.2', '一部分の言語', 'AA', true],
  ['3.2.1', 'フォーカス時', 'A', true],
  ['3.2.2', '入力時', 'A', true],
  ['3.2.3', '一貫したナビゲーション', 'AA', true],
  ['3.2.4', '一貫した識別性', 'AA', true],
  ['3.2.6', '一貫したヘルプ', 'A', false],
  ['3.3.1', 'エラーの特定', 'A', true],
  ['3.3.2', 'ラベル又は説明', 'A', true],
  ['3.3.3', 'エラー修正の提案', 'AA', true],
  ['3.3.4', 'エラー回避(法的、金融、データ)', 'AA', true],
  ['3.3.7', '冗長な入力', 'A', false],
  ['3.3.8', '認証のアクセシビリティ(最低限)', 'AA', false],
  ['4.1.1', '構文解析', 'A', true],
  ['4.1.2', '名前(name)・役割(role)及び値(value)', 'A', true],
  ['4.1.3', 'ステータスメッセージ', 'AA', false],
];

export const SUCCESS_CRITERIA: readonly SuccessCriterion[] = list.map(([id, name, level, jis]) => ({
  id,
  name,
  level,
  jis,
}));

/** axe-core tags criteria as 'wcag' + the digits: 1.4.10 → 'wcag1410'. */
export function axeTagOf(criterion: string): string {
  return `wcag${criterion.replace(/\./g, '')}`;
}
