import type { ExerciseContent } from '../content';

/*
 * Modern Standard Arabic, addressing the room in the plural; the phones' and projector's words
 * (الميسّر، دفعناه نحن / طلبه العملاء، العبء، المتصل). Numbers in Latin digits, as the phones show them.
 */

/** "You have N dots: put them…", with the noun and the pronoun in the form Arabic gives each count. */
function votesPrompt(dots: number): string {
  const close = 'على المبادرات التي تهمّ عملاءنا أكثر من غيرها.';
  switch (new Intl.PluralRules('ar').select(dots)) {
    case 'one':
      return 'لديكم نقطة واحدة: ضعوها على المبادرة التي تهمّ عملاءنا أكثر من غيرها.';
    case 'two':
      return `لديكم نقطتان: ضعوهما ${close}`;
    case 'few':
      return `لديكم ${dots} نقاط: ضعوها ${close}`;
    default:
      return `لديكم ${dots} نقطة: ضعوها ${close}`;
  }
}

export const ar: ExerciseContent = {
  centricity: {
    title: 'فحص التركيز على العميل',
    questions: [
      'يحرص مديرونا على التواصل المباشر والمنتظم مع العملاء.',
      'نقيس نجاحنا بمؤشرات العملاء أكثر مما نقيسه بمؤشرات المنتجات.',
      'يعمل مديرونا متجاوزين حدود إداراتهم لتحقيق نتائج تخدم الشركة كلها.',
      'تعمل قيادتنا عن قصد على بناء معرفة المؤسسة بعملائها.',
    ],
    departments: [
      'تقنية المعلومات',
      'المالية',
      'الموارد البشرية',
      'المنتجات / البحث والتطوير',
      'المبيعات',
      'خدمة العملاء',
      'العمليات',
      'التسويق',
    ],
    pollPrompt: 'إلى أي مدى تنطبق كل عبارة علينا اليوم؟',
    notAtAll: 'لا تنطبق إطلاقًا',
    completely: 'تنطبق تمامًا',
    departmentsTitle: 'الإدارات التي تتواصل مع العملاء',
    departmentsPrompt: 'أيّ الإدارات على تواصل مباشر ومنتظم مع العملاء؟',
  },
  definition: {
    title: 'ماذا يعني التركيز على العميل، وماذا لا يعني',
    meansPrompt: 'التركيز على العميل يعني بالنسبة إلينا…',
    notMeansPrompt: 'التركيز على العميل لا يعني…',
    activityPrompt: 'أكملوا الجملتين بكلماتكم، ثم أيّدوا العبارات التي تتفقون معها.',
  },
  journey: {
    title: 'رحلة العميل وأعباؤها',
    prompt: 'من وجهة نظر عملائنا: كم تكلّفهم كل مرحلة من الوقت والقلق والجهد والمال؟ 0 = لا شيء، 3 = كثير.',
    stages: ['الاكتشاف', 'الاختيار', 'الشراء', 'البدء', 'الاستخدام', 'طلب المساعدة', 'التجديد'],
  },
  pushPull: {
    title: 'دفعناه نحن أم طلبه العملاء؟',
    prompt: 'لكل بطاقة: هل طلب العملاء هذا، أم أننا نحن من نفرضه عليهم؟',
    push: 'دفعناه نحن',
    pull: 'طلبه العملاء',
    unsure: 'غير متأكد',
    proposeTitle: 'اقترحوا بطاقات للفرز',
    proposePrompt:
      'اذكروا منتجًا أو ميزة أو مشروعًا أو حملة لتفرزها القاعة: دفعناه نحن أم طلبه العملاء. ويختار الميسّر ما يدخل منها في الفرز.',
    proposalList: 'البطاقات المقترحة للفرز',
    proposalWording: { one: 'بطاقة', many: 'بطاقات', written: 'مقترحة', placeholder: 'اسم البطاقة…' },
  },
  simplify: {
    title: 'تبسيط العروض',
    prompt: 'قيّموا كل عرض كما يراه العميل: القيمة التي يقدّمها له، والعبء الذي يتحمّله ليجده ويشتريه ويستخدمه.',
    valueAxis: 'القيمة للعميل',
    burdenAxis: 'العبء على العميل',
  },
  actionPlan: {
    title: 'خطة العمل على المتصل',
    prompt:
      'أين تقف كل مبادرة اليوم: لفتة رمزية، أم تغيير في الإجراءات والسياسات، أم تغيير جوهري في طريقة التوظيف والتدريب والقياس واتخاذ القرار؟',
    votesTitle: 'التصويت على الأولويات',
    votesPrompt,
  },
};
