/**
 * False alarms and misses of the Japanese training set t70 (config/rules/ja-alarm.yaml, ids ja.fj.*): one table per
 * rule, with positives written for this test (not taken from any corpus) and calm look-alikes sharing the trigger
 * words; one calm/kept table per veto.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-alarm.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-alarm.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.fj.privacy.worker_home',
    category: 'privacy',
    positives: [
      ['昨日の設定変更をやった奴の自宅を教えろ。', '変更をやった奴の自宅'],
      ['移行を担当した人間の住所、今すぐ出せ。', '移行を担当した人間の住所'],
      ['障害対応した野郎の携帯番号をよこせ。', '対応した野郎の携帯'],
    ],
    negatives: [
      '移行作業をした担当者のお名前を教えてください。お礼を申し上げたいので。',
      '設定変更をした人の作業ログを教えてください。',
      '弊社の社員で移行作業をした者の緊急連絡先を登録したいので、手順を教えてください。',
    ],
  },
  {
    rule: 'ja.fj.violence.lesson_at_door',
    category: 'violence',
    positives: [
      ['お前の家の前で思い知らせてやる。', '家の前で思い知らせてやる'],
      ['直接会って分からせてやるからな。', '直接会って分からせてやる'],
      ['担当者には体でわからせるしかないな。', '体でわからせ'],
    ],
    negatives: [
      '新人には研修でわからせるしかないと思っています。',
      'デモ画面を見せて上司に分からせてやるつもりです。',
      '体験版でわからせるのが一番です。',
    ],
    // Still flagged by ja.e.violence.unrecognisable and ja.b.discriminatory.age (reported).
    ownNegatives: ['子供には体でわからせるのが一番だと祖父は言っていました。'],
  },
  {
    rule: 'ja.fj.violence.crossers_get_hurt',
    category: 'violence',
    positives: [
      ['俺をなめた奴って、だいたい怪我してるんだよね。', '俺をなめた奴って、だいたい怪我して'],
      ['私に逆らう人は、なぜか事故に遭うんですよ。', '私に逆らう人は、なぜか事故に遭'],
      ['こっちを待たせる連中ほど、痛い目に遭うんだわ。', 'こっちを待たせる連中ほど、痛い目に遭'],
    ],
    negatives: [
      '急いでいる人ほど事故に遭いやすいので、皆さん安全運転で。',
      '私の部署の人は先週怪我をして入院しています。',
      'うちの父は、若い頃によく怪我をしていたそうです。',
    ],
  },
  {
    rule: 'ja.fj.insult.staff_garbage',
    category: 'insult',
    positives: [
      ['御社の担当者もカスだな。', '担当者もカス'],
      ['あそこの社員は全員クズ。', '社員は全員クズ'],
      ['窓口の連中ってゴミばかりだ。', '連中ってゴミ'],
    ],
    negatives: [
      '担当者はゴミ箱フォルダを確認してください。',
      '社員もゴミの分別をしています。',
      '弊社の社員はカスタムルールを作っています。',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'ja.fj.veto.forwarded_subject',
    category: 'violence',
    calm: [
      '件名：FW: ぶっ殺すぞ\n\n社員に下記のメールが届きました。送信元をブロックしたいです。\n\n---------- 転送メッセージ ----------\n差出人: x@mail.example\nぶっ殺すぞ\n----------\n\nよろしくお願いします。',
      '件名: Fwd: 夜道に気をつけろ\n\n受付に届いた脅迫メールを転送します。ドメインのブロック方法を教えてください。',
      '件名：転送: 殺すぞ\n\n警察に相談済みです。このメールの保全方法を教えてください。',
    ],
    kept: [
      '件名：返金\n\n返金しないならぶっ殺すぞ。',
      '件名：FW: 請求書\n\nもう一度送る。今日中に直さないとぶっ殺すぞ。',
      '件名：殺すぞ\n\n夜道に気をつけろよ。',
    ],
  },
  {
    id: 'ja.fj.veto.bulk_delete_slang',
    category: 'violence',
    calm: [
      '古いログを一括でぶっ飛ばす方法はありますか？',
      '隔離メールを全部吹っ飛ばしたいんですが、画面だと50件ずつです。',
      'テスト用のデータをまとめてぶっ飛ばしても問題ないですか？',
    ],
    kept: [
      'お前を一発ぶっ飛ばしてやる。',
      '担当者の顔を一発ぶっ飛ばしてやる。',
      '今度会ったらぶっ飛ばしてやるからな。',
    ],
  },
  {
    id: 'ja.fj.veto.contract_visit',
    category: 'excessive',
    calm: [
      '契約上の定期点検でご訪問いただく日程を教えていただけますか。',
      '保守契約の範囲内の作業でお越しいただく方のお名前を教えてください。',
      '契約に定められた年次点検で来訪いただくエンジニアの人数を教えてください。',
    ],
    kept: [
      '契約上の点検なんて関係ない、今すぐ技術者をよこせ。',
      '今すぐ当社まで来い。',
      '明日エンジニアを本社に常駐させろ。',
    ],
  },
];

describeRuleKinds('Japanese t70 alarms and misses', KINDS, alone, 'ja');
describeGuardTables('Japanese t70 vetoes', VETOES, 'ja');

describeRuleFile('Japanese t70 alarms and misses: the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.fj.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
});
