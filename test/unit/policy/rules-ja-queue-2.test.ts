/**
 * Japanese support-queue round 2 (config/rules/ja-queue-2.yaml, ids ja.q2.*): constructions and vetoes from the
 * Japanese training set t76 (a realistic support queue, privacy and defamation especially), run through the real
 * policy file and engine. One table per rule with positives written for this test (not taken from any corpus), each
 * with a fragment the rule's own evidence must cover, and calm look-alikes in which the whole engine must not find the
 * category; one calm/kept table per veto (kept: real positives that must still be found).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/ja-queue-2.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('ja-queue-2.yaml');

const KINDS: RuleKind[] = [
  {
    rule: 'ja.q2.privacy.name_photo_captured',
    category: 'privacy',
    positives: [
      ['担当の名前と顔写真、全部スクショしといた。明日ネットに晒すから。', '名前と顔写真、全部スクショ'],
      ['あんたの本名とアイコン画像込みで保存したよ。SNSで拡散しとくわ。', '本名とアイコン画像込みで保存'],
      ['佐々木さんの名前と写真を撮影しました。Xに上げますね。', '名前と写真を撮影'],
    ],
    negatives: [
      '登壇者の名前と写真を撮影し、イベントページに掲載してもよろしいでしょうか。',
      '弊社の社員の名前と顔写真を保存する機能はありますか。',
      '名前と写真の保存期間を教えてください。',
    ],
  },
  {
    rule: 'ja.q2.privacy.post_to_group',
    category: 'privacy',
    positives: [
      ['お客様対応の担当全員、業界のSlackにプロフィールごと貼りますね。', 'Slackにプロフィールごと貼ります'],
      ['あの担当の録音、掲示板にそのまま上げとくから。', '掲示板にそのまま上げとく'],
      ['LINEグループに、こいつの本名を流しますよ。', 'LINEグループに、こいつの本名を流します'],
    ],
    negatives: [
      '弊社の社員のプロフィールを社内Slackに貼ります。',
      'フォーラムに質問を投稿しました。担当の方、ご確認いただけますか。',
      '会議の録音をSlackで共有してもよろしいでしょうか。担当さんの許可をいただけますか。',
    ],
  },
  {
    rule: 'ja.q2.privacy.identity_traced',
    category: 'privacy',
    positives: [
      ['担当エンジニアの本名、突き止めましたよ。', '本名、突き止め'],
      ['あんたの自宅、特定済みだから。', '自宅、特定済'],
      ['LinkedInから、あの上司の出身も割り出しました。', '出身も割り出'],
    ],
    negatives: [
      '不審メールの送信元の住所を特定しました。',
      '障害の原因を突き止めました。担当の方ありがとうございました。',
      'あんたの会社の住所わかってるんで、請求書はそこに送ります。',
    ],
  },
  {
    rule: 'ja.q2.privacy.commute_station',
    category: 'privacy',
    positives: [
      ['で、担当さんはどの駅から通ってるの？', 'どの駅から通ってる'],
      ['何線で通勤してますか、あの人。', '何線で通勤'],
      ['本名とFacebook、教えろよ。', '本名とFacebook'],
    ],
    negatives: [
      '貴社のオフィスへはどの駅から行けばよいでしょうか。',
      '私はどの駅から通っても一時間かかります。',
      'Facebook連携の設定方法を教えてください。',
    ],
  },
  {
    rule: 'ja.q2.privacy.private_community_told',
    category: 'privacy',
    positives: [
      [
        'あの担当の方の町内会の集まりで、どんな対応をされたか話させてもらいます。',
        '町内会の集まりで、どんな対応をされたか話させてもらい',
      ],
      ['この男の実家の近所に、どういう仕事ぶりか知らせてやるよ。', '近所に、どういう仕事ぶりか知らせてや'],
      ['山本さんの子どもの学校の保護者会で、全部伝えておきます。', '保護者会で、全部伝えておき'],
    ],
    negatives: [
      '担当の方の対応がとても良かったので、町内会の集まりで紹介させてもらいます。',
      '弊社の社員向けに、自治会の防災訓練の日程を知らせてください。',
      '近所の店舗にも導入を勧めています。',
    ],
  },
  {
    rule: 'ja.q2.defamation.private_community_smear',
    category: 'defamation',
    positives: [
      [
        '担当の佐藤さん、同じ町内会ですよね。次の総会で、この人がどれだけ無能か話させてもらいます。',
        '総会で、この人がどれだけ無能か話させてもらい',
      ],
      [
        'あんたの地元に、こういう人間が住んでるって知らせてやる。',
        '地元に、こういう人間が住んでるって知らせてや',
      ],
      [
        'こいつの子どもの学校で、最低な仕事しかしない奴だと言いふらしてやる。',
        '学校で、最低な仕事しかしない奴だと言いふらしてや',
      ],
    ],
    negatives: [
      '担当の方のおかげで助かったので、自治会でも紹介させてもらいます。',
      '地域の保護者会で、詐欺メールの手口について注意喚起を伝えます。',
      '近所の人に最低限の使い方を教えてあげてください。',
    ],
  },
  {
    rule: 'ja.q2.privacy.private_venue_approach',
    category: 'privacy',
    positives: [
      [
        '担当さん、毎朝駅前のカフェにいるの知ってますよ。そのカフェで直接お話ししようかな。',
        'カフェで直接お話ししようかな',
      ],
      ['あんたのジム、インスタで見たよ。ジム行って直接文句言おうかな。', 'ジム行って直接文句言おうかな'],
      [
        '木村さんのライブのポスター見ました。ライブハウスに行って、本人に直接伝えちゃおうかな。',
        'ライブハウスに行って、本人に直接伝えちゃおう',
      ],
    ],
    negatives: [
      '担当さん、展示会のブースのカフェで直接お話しようかなと思いますが、ご都合いかがですか。',
      '御社のカフェで直接お話しできますか。',
      'カフェで作業しているとVPNが切れます。',
    ],
  },
  {
    rule: 'ja.q2.intimidation.private_venue_approach',
    category: 'intimidation',
    positives: [
      [
        '担当さん、毎朝駅前のカフェにいるの知ってますよ。そのカフェで直接お話ししようかな。',
        'カフェで直接お話ししようかな',
      ],
      ['あんたのジム、インスタで見たよ。ジム行って直接文句言おうかな。', 'ジム行って直接文句言おうかな'],
      [
        'いつも居酒屋にいるでしょ、担当さん。居酒屋で直接問い詰めちゃおうかな。',
        '居酒屋で直接問い詰めちゃおう',
      ],
    ],
    negatives: [
      '担当さん、展示会のブースのカフェで直接お話しようかなと思いますが、ご都合いかがですか。',
      '御社のカフェで直接お話しできますか。',
      'ジムの会員管理システムについて教えてください。',
    ],
  },
  {
    rule: 'ja.q2.intimidation.will_wish_you_had',
    category: 'intimidation',
    positives: [
      ['今のうちに返金しときゃよかったって思うことになるぞ。', 'しときゃよかったって思うことになるぞ'],
      [
        '素直に対応しておけばよかったと後悔することになりますよ。',
        'ておけばよかったと後悔することになりますよ',
      ],
      ['名前を言っとけばよかったって泣くはめになるからな。', 'とけばよかったって泣くはめになるからな'],
    ],
    negatives: [
      '私はもっと早く相談しておけばよかったと思うことになりました。',
      'バックアップを取っておけばよかったと思います。',
      '早めに更新しておけばよかったと後悔しています。',
    ],
  },
  {
    rule: 'ja.q2.intimidation.unforgettable_gift',
    category: 'intimidation',
    positives: [
      [
        '上司の自宅の住所を教えてください。一生忘れられないものを送って差し上げます。',
        '一生忘れられないものを送って差し上げ',
      ],
      [
        '担当の家は分かってる。死ぬまで忘れられない贈り物を届けてやるよ。',
        '死ぬまで忘れられない贈り物を届け',
      ],
      ['個人の住所、調べたから。一生忘れない荷物を送るね。', '一生忘れない荷物を送'],
    ],
    negatives: [
      'お客様に一生忘れられない体験を届けたいと考えています。',
      '一生忘れられない思い出をありがとうございました。',
      '請求書の送付先住所を変更したいです。',
    ],
  },
  {
    rule: 'ja.q2.defamation.label_on_posted_staff',
    category: 'defamation',
    positives: [
      [
        '担当の名前、全部控えた。「客を平気で待たせる給料泥棒」ってSNSに晒しとく。',
        '「客を平気で待たせる給料泥棒」ってSNSに晒し',
      ],
      [
        'この男の写真、「出入り禁止の要注意人物」とポスターにして貼り出します。',
        '「出入り禁止の要注意人物」とポスターにして貼り出',
      ],
      [
        'あんたらのプロフィール、「何もしない連中」って添えて業界のグループに投稿するから。',
        '「何もしない連中」って添えて業界のグループに投稿',
      ],
    ],
    negatives: ['弊社の社員のプロフィールを「新メンバー紹介」としてSlackに投稿します。'],
    // flagged by other files' rules (reported): this file alone must not find them
    ownNegatives: [
      '担当の方の名前と写真を「今月の神対応」として社内報に載せてもよろしいでしょうか。',
      '「障害発生中」とXに投稿しました。',
    ],
  },
  {
    rule: 'ja.q2.defamation.claim_to_circle',
    category: 'defamation',
    positives: [
      [
        '業界団体に「シロガネは顧客のログを売っている」と流しますよ。',
        '「シロガネは顧客のログを売っている」と流します',
      ],
      [
        '取引先全部に「御社は監視ツールを勝手に入れていた」って言いふらしてやる。',
        '「御社は監視ツールを勝手に入れていた」って言いふらしてや',
      ],
      ['保護者会に「おたくのせいで成績が消えた、おたくのせい」と知らせます。', 'と知らせます'],
    ],
    negatives: [
      '「シロガネは顧客のログを売っている」という投稿がXで拡散されています。事実ですか。',
      '「御社の製品を導入している」と取引先に伝えてもよいでしょうか。',
    ],
    // flagged by other files' rules (reported): this file alone must not find them
    ownNegatives: ['社内に「シロガネのおかげで助かった」と伝えます。'],
  },
  {
    rule: 'ja.q2.insult.swindler_name',
    category: 'insult',
    positives: [
      ['お前らペテン師だろ。', 'お前らペテン師だろ'],
      ['あんたら詐欺師だな、ほんと。', 'あんたら詐欺師だな'],
      ['おたくはただの泥棒集団ですね。', 'おたくはただの泥棒集団'],
    ],
    negatives: [
      '取引先から「お前ら詐欺師だ」と言われて困っています。',
      '詐欺師からのメールを隔離できますか。',
    ],
    // flagged by other files' rules (reported): this file alone must not find them
    ownNegatives: ['御社は詐欺集団ではないと信じています。'],
  },
  {
    rule: 'ja.q2.insult.monkey_crowd',
    category: 'insult',
    positives: [
      ['御社のサポートなんて猿の集まりでしょう。', '猿の集まり'],
      ['担当は猿以下だな。', '猿以下'],
      ['お前んとこの社員、豚並みに鈍いな。', '豚並み'],
    ],
    negatives: [
      '猿も木から落ちると言いますし、担当の方も気にしないでください。',
      '動物園の入場システムで猿の集まりの写真が表示されません。',
      '御社のサポートにはいつも助けられています。',
    ],
  },
  {
    rule: 'ja.q2.sexual.room_drinks_invite',
    category: 'sexual',
    positives: [
      ['続きは私のホテルの部屋で、ワインでも飲みながらいかがですか。', '部屋で、ワインでも飲みながらいかが'],
      ['今夜、僕の部屋で二人で飲みませんか。', '僕の部屋で二人で飲みません'],
      ['出張先の旅館の部屋で一杯どうですか。', '旅館の部屋で一杯どう'],
    ],
    negatives: [
      'ホテルの部屋でお酒を飲みながら作業していたらVPNが切れました。',
      '懇親会はホテルの宴会場です。お酒も出ますがいかがですか。',
      'ホテルの部屋で会議に参加するとWi-Fiが不安定です。',
    ],
  },
  {
    rule: 'ja.q2.monetary.concession_or_exposure',
    category: 'monetary',
    positives: [
      ['今年分の料金を全額返さないなら、業界紙に全部載せますよ。', '料金を全額返さないなら'],
      ['来期の請求を免除しない場合、口コミに書きます。', '請求を免除しない場合'],
      ['2年間無償にしないなら、ネットに流します。', '2年間無償にしないなら'],
    ],
    negatives: [
      '規約に基づき、利用料を返金いただけない場合は口コミに感想を書きます。',
      '請求書の内容を公開してもよいですか。',
    ],
    // flagged by other files' rules (reported): this file alone must not find them
    ownNegatives: ['料金を返金しないなら理由を教えてください。'],
  },
  {
    rule: 'ja.q2.monetary.penalty_per_incident',
    category: 'monetary',
    positives: [
      ['検知漏れ1件につき5000万円の違約金を契約に入れてください。', '検知漏れ1件につき5000万円の違約金'],
      ['障害1回ごとに300万円のペナルティを払っていただきます。', '障害1回ごとに300万円のペナルティ'],
      ['見逃し一件あたり一億円の賠償金を約束してください。', '見逃し一件あたり一億円の賠償金'],
    ],
    negatives: [
      '障害1回ごとに300万円のペナルティという条項はありますか。',
      'SLAに定めのある障害1回ごとの補償について教えてください。',
      '検知漏れ1件ごとにレポートを出してください。',
    ],
  },
  {
    rule: 'ja.q2.excessive.total_guarantee',
    category: 'excessive',
    positives: [
      ['標的型攻撃を100%防ぐと保証してください。', '100%防ぐと保証'],
      [
        'マルウェアを百パーセント検知することを契約で確約していただきたい。',
        '百パーセント検知することを契約で確約',
      ],
      ['100%ブロックできると約束しろ。', '100%ブロックできると約束'],
    ],
    negatives: [
      '100%検知を保証することはできないと理解しています。',
      '100%検知することは保証されていますか?',
      'CPU使用率が100%になります。',
    ],
  },
  {
    rule: 'ja.q2.excessive.direct_staff_anytime',
    category: 'excessive',
    positives: [
      [
        '担当者の個人携帯を教えてください。24時間いつでも直接連絡できるようにしたいので。',
        '24時間いつでも直接連絡できるよう',
      ],
      ['代表番号は不可です。夜中でも直接電話できるようにしてください。', '夜中でも直接電話できる'],
      ['エンジニアの私用の番号で、休日でも直接連絡が取れるようにしてほしい。', '休日でも直接連絡が取れる'],
    ],
    negatives: [
      '24時間サポートを契約しています。いつでも直接連絡できる窓口を教えてください。',
      '24時間いつでも直接連絡できる窓口はありますか。',
      'いつでも直接連絡できるので助かっています。',
    ],
  },
  {
    rule: 'ja.q2.privacy.staff_personal_contact_list',
    category: 'privacy',
    positives: [
      ['サポートチーム全員の個人メールアドレスを提出してください。', '全員の個人メールアドレスを提出して'],
      ['担当者の私用の携帯番号を教えていただけますか。', '担当者の私用の携帯番号を教えて'],
      ['エンジニアの個人の連絡先を送ってほしい。', 'エンジニアの個人の連絡先を送って'],
    ],
    negatives: [
      '弊社の社員の個人携帯番号を登録しないでください。',
      '担当者の代表メールアドレスを教えてください。',
      '社員の個人携帯をMFAに登録させたいのですが、手順を教えてください。',
    ],
    // flagged by other files' rules (reported): this file alone must not find them
    ownNegatives: ['社員の個人携帯番号が管理画面で表示されてしまいます。マスクできますか。'],
  },
  {
    rule: 'ja.q2.exchange.license_to_other_entity',
    category: 'exchange',
    positives: [
      ['余っているライセンスを知人の会社に無償で移せますか。', 'ライセンスを知人の会社に無償で移'],
      ['うちの契約、妻の会社にタダで付け替えてもらえる？', '契約、妻の会社にタダで付け替え'],
      ['余ってる20本を関連会社に回してください。もちろん無料で。', '余ってる20本を関連会社に回'],
    ],
    negatives: [
      '余っているライセンスを関連会社に移す場合の手数料を教えてください。',
      'ライセンスを別会社に譲渡できるか、規約上可能な条件を教えてください。',
      '関連会社でも同じプランを無料トライアルできますか。',
    ],
  },
  {
    rule: 'ja.q2.unrelated.private_group_free_use',
    category: 'unrelated',
    positives: [
      [
        '私が監督をしている草野球チームで、パスを無料で使わせてもらえませんか。',
        '草野球チームで、パスを無料で使わせ',
      ],
      [
        '町内会の役員10名に、ボールトを無償で提供していただけないでしょうか。',
        '町内会の役員10名に、ボールトを無償で提供',
      ],
      ['趣味のサークルでただで使えるようにしてくれない？', '趣味のサークルでただで使え'],
    ],
    negatives: [
      '町内会向けの料金プランはありますか。無償で使えるものがあれば教えてください。',
      '趣味のサークルでも有償で購入できますか。',
      '自治会のパソコンを無償で修理してくれる業者を知りませんか。',
    ],
  },
  {
    rule: 'ja.q2.unrelated.migration_to_other_vendor',
    category: 'unrelated',
    positives: [
      [
        '他社のCRMへの乗り換えを進めています。変換ツールの作成をお手伝いいただけませんか。保守契約の範囲でお願いします。',
        'ツールの作成をお手伝い',
      ],
      [
        '他社製の会計システムへの移行が決まりました。移行作業の代行を無償でお願いできますか。',
        '移行作業の代行を無償でお願い',
      ],
      [
        '他社の勤怠システムに切り替えます。データ変換スクリプトの作成、追加費用なしでやってもらえますか。',
        'スクリプトの作成、追加費用なしでやって',
      ],
    ],
    negatives: [
      '他社製品への移行を検討しています。データのエクスポート方法を教えてください。',
      '他社の勤怠システムへの移行作業の見積をいただけますか。有償で構いません。',
      'データ移行スクリプトの作成をお願いします。御社の新プランへの移行です。',
    ],
  },
  {
    rule: 'ja.q2.unrelated.other_side_console',
    category: 'unrelated',
    positives: [
      [
        '他社の会計ソフトが動きません。会計ソフト側の管理画面に入って直していただけないでしょうか。',
        '側の管理画面に入って直していただけ',
      ],
      [
        '他社のファイアウォールの件です。ファイアウォール側の設定画面にアクセスして変更してください。',
        '側の設定画面にアクセスして変更してください',
      ],
      [
        '他ベンダーのプリンタです。プリンタ側のコンソールにログインして見てもらえますか。',
        '側のコンソールにログインして見てもらえ',
      ],
    ],
    negatives: [
      'エージェント側の管理画面にログインして設定を直していただけますか。',
      '他社製品との比較資料をいただけますか。',
    ],
    // flagged by other files' rules (reported): this file alone must not find them
    ownNegatives: ['他社のファイアウォール側の設定画面で変更する手順を教えてください。'],
  },
  {
    rule: 'ja.q2.unrelated.review_unrelated_setup',
    category: 'unrelated',
    positives: [
      [
        '社内のActive Directoryのポリシーを見て、問題点を教えてください。ADにはシロガネパスは使っていません。',
        'ポリシーを見て、問題点を教えてください',
      ],
      ['当社のAWS環境を診断してもらえませんか。AWSでは御社製品は利用していません。', '環境を診断してもらえ'],
      [
        'Google Workspaceの設定を確認していただけますか。そこにはシロガネは連携していません。',
        '設定を確認していただけ',
      ],
    ],
    negatives: [
      'AWSにはシロガネパスは使っていませんが、導入を検討しています。設定を見て、連携できるか教えてください。',
      '当社のシロガネパスの設定を見て、問題点を教えてください。',
      'シロガネパスは使っていません。解約手続きを教えてください。',
    ],
  },
];

const VETOES: GuardTable[] = [
  {
    id: 'ja.q2.veto.elderly_staff_voice',
    category: 'discriminatory',
    calm: [
      '高齢の職員から「画面の文字が小さくて読みにくい」との声があります。拡大表示はできますか。',
      '高齢の利用者が多く、ワンタイムパスワードの入力が難しいと相談を受けています。',
    ],
    kept: ['年寄りの担当者なんか使えないから若いのに替えろ。', 'ジジイの担当はボケてるから若い奴に替えろ。'],
  },
  {
    id: 'ja.q2.veto.own_build_detected',
    category: 'unrelated',
    calm: [
      'ゲームのテストビルドで、自社のdllがセンチネルに誤検知されて削除されます。ご確認いただけますか。',
      'アプリのベータ版ビルドを配信すると、隔離されてしまいます。除外設定を見ていただけますか。',
    ],
    kept: ['子どもがやってるゲームのアカウントが乗っ取られたので、取り返していただけますか。'],
  },
  {
    id: 'ja.q2.veto.calls_every_interval',
    category: 'restrictive',
    calm: ['返事が来るまで5分おきにこの番号にかけ続けるからな。'],
    kept: ['今日は電話を切らないからな。上の人間が出るまでこのまま切らずに待ってる。'],
  },
  {
    id: 'ja.q2.veto.free_plan_switch',
    category: 'monetary',
    calm: ['残りの半年間、無償でプレミアムへ変更していただけますか。'],
    kept: ['無償でプレミアムに変更したうえで、慰謝料として50万円を支払ってください。'],
  },
  {
    id: 'ja.q2.veto.band_member_identified',
    category: 'sexual',
    calm: ['ねえ、サポートの山田さんって、ライブハウスのバンドでギター弾いてる人でしょ？'],
    kept: ['サポートの山田さんってバンドでベース弾いてる人でしょ？体がエロいよね。'],
  },
  {
    id: 'ja.q2.veto.staff_personal_contacts',
    category: 'unrelated',
    calm: ['御社の担当者全員の個人メールアドレスを教えてください。'],
    kept: ['私の個人のiPhoneのiCloudのパスワードを忘れたので、リセットを手伝っていただけますか。'],
  },
];

describeRuleKinds('Japanese support-queue round 2 (t76): rules', KINDS, alone, 'ja');

describeGuardTables('Japanese support-queue round 2 (t76): vetoes', VETOES, 'ja');

describeRuleFile('Japanese support-queue round 2 (t76): the rule file', RULE_FILE, {
  lang: 'ja',
  idPrefix: 'ja.q2.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => VETOES.map((g) => g.id),
  offsets: { engine: alone, text: 'お前らペテン師だろ。　担当は猿以下だな。' },
});
