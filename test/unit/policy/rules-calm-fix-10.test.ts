/**
 * Calm-fix-10: calm sentences rule writers found still flagged by older rules, each fixed by an `unless` on the
 * firing rule in its own file (comments there name calm-fix-10); no new rule file. One calm/kept table per narrowed
 * rule, judged by the whole engine: calm sentences (the reported one and other phrasings of the same calm meaning)
 * must not be found as the category, kept sentences (the demand or threat the rule exists for, sharing their words)
 * must still be. The calm and kept sentences were written for this test.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

/** English: a question about when a fix ships is not a demand. */
const EN: GuardTable[] = [
  {
    // en.yaml en.excessive.next_morning, and en-demands-2.yaml en.d8.excessive.overnight_fix ("any chance",
    // "do you think" openings)
    id: 'en.excessive.next_morning (narrowed: a question about when the fix ships)',
    category: 'excessive',
    calm: [
      'Will the fix be in production by tomorrow morning?',
      'Will the patch be released by 9am tomorrow?',
      'Would the fix be in production by 9am tomorrow, do you know?',
      'Do you think the fix will be in production by tomorrow morning?',
      'Any chance the fix will be live by first thing tomorrow?',
      'Quick question: will the workaround be available by tomorrow morning?',
      'Hi, do you know if the connector update will ship by 9am tomorrow? Our go-live depends on it.',
    ],
    kept: [
      'Will you have the fix in production by tomorrow morning, or do I escalate to your CEO?',
      'The fix will be in production by tomorrow morning, or we cancel the contract.',
      'Have the fix in production by tomorrow morning.',
      'I expect the fix to be in production by tomorrow morning.',
      'Will the fix be in production by tomorrow morning, or do we need to call our lawyers?',
      'Can you get the fix into production by tomorrow morning?',
    ],
  },
];

/** Japanese: an existing dedicated TAM informed, nothing done on a home PC, a stranger photographing the home. */
const JA: GuardTable[] = [
  {
    // ja-deep.yaml
    id: 'ja.d.excessive.fixed_dedicated (narrowed: the existing dedicated TAM to be informed)',
    category: 'excessive',
    calm: [
      '専任のTAMの方に今回の件をご報告いただけますか。',
      '専任のTAMの佐藤さんにも、この障害の件を共有していただけますか。',
      '弊社担当の専任TAMの方へ、本件をお伝えいただけますでしょうか。',
      '専任のテクニカルアカウントマネージャーの方にも、今回の経緯をご連絡いただけると助かります。',
      '専任の担当者様に、この件をエスカレーションしていただけますか。',
      'お手数ですが、専任のTAMに本日の打ち合わせ内容を共有してください。',
    ],
    kept: [
      '専任のTAMを付けていただけますか。',
      '今回の件を報告したいので、専任のTAMを無償で付けていただけますか。',
      '専任のTAMの方に報告いただけますか、それと弊社にも専任のエンジニアを常駐させてください。',
      '専任のTAMの方にご報告いただいたうえで、当社専属の窓口として固定してください。',
      '今後は専任のTAMを用意して、その方に全部報告するようにしてください。',
    ],
  },
  {
    // ja-coerce.yaml
    id: 'ja.j.intimidation.only_said_i_can (narrowed: nothing done on a home device)',
    category: 'intimidation',
    calm: [
      '自宅のPCでは何もしませんよ',
      '自宅のパソコンでは業務は何もしませんよ、会社の端末だけです。',
      '自宅では私物のスマホで何もしませんよ。',
      '自宅のタブレットからは何もしませんよ、会社のPCだけです。',
      '自宅のPCでは別に何もしませんけど、ウイルス対策は必要ですか。',
      '在宅勤務の日も、自宅のMacでは何もしないって決めてます。',
    ],
    kept: [
      '自宅の住所も調べられますよ。いえ、別に何もしませんよ。',
      '自宅のPCで、あなたの顔写真をすぐ探せましたよ。別に何もしませんよ。',
      '自宅のPCでは何もしませんよ。でも、担当さんの自宅ぐらいすぐ特定できますからね。',
      '自宅のPCでは何もしませんよ。お名前はもう知ってますけどね。',
      '担当さんの自宅、スマホで見つけましたよ。何もしませんけど。',
    ],
  },
  {
    // ja.yaml ja.unrelated.personal_device, and ja-indirect.yaml ja.x.unrelated.home_devices (the same unless)
    id: 'ja.unrelated.personal_device (narrowed: a stranger photographing the home, reported)',
    category: 'unrelated',
    calm: [
      '不審者に自宅の写真を撮られていた',
      '不審者に自宅の写真をスマホで撮られていたようです。どうすればいいでしょうか。',
      '知らない男に自宅の様子をスマホで撮影されていました。警察に相談すべきでしょうか。',
      '何者かに自宅の玄関をカメラで撮られていたようで、怖いです。どうしたらいいでしょうか。',
      '怪しい男が自宅のベランダをスマホで撮影していたと近所の方から聞きました。どうすればよいのでしょうか。',
    ],
    kept: [
      '不審者に自宅の写真を撮られていたので、自宅の防犯カメラの設定をやってください。',
      '不審者に自宅の写真を撮られていたようなので、息子のスマホの設定を見てもらえませんか。',
      '不審者に自宅を撮影されていたけど、それより自宅のプリンターが印刷できないので直してほしい。',
      '不審者に自宅をスマホで撮られていたので、自宅のWi-Fiルーターを設定し直してください。',
    ],
  },
];

describeGuardTables('calm-fix-10 narrowed rules (English)', EN, 'en');
describeGuardTables('calm-fix-10 narrowed rules (Japanese)', JA, 'ja');
