/** Arabic (Modern Standard Arabic), written right to left; the digits of the scale stay 1–5. */
import type { LocaleStrings } from './strings.js';

export const strings: LocaleStrings = {
  title: 'رأيك في هذه الخدمة العامة',
  intro: 'دقيقتان، دون ذكر اسمك: تساعد إجاباتك بلديتك على تحسين استقبال المواطنين.',
  overall: { question: 'بشكل عام، كيف جرى الأمر؟', levels: { 'pas-bien': 'ليس جيدًا', moyen: 'متوسط', 'tres-bien': 'جيد جدًا' } },
  service: {
    label: 'ما الخدمة التي تواصلت معها؟',
    choose: 'اختر خدمة',
    required: 'اختر أولًا الخدمة المعنية.',
    options: {
      mairie: 'دار البلدية',
      'etat-civil': 'الحالة المدنية',
      ccas: 'المركز البلدي للعمل الاجتماعي (CCAS)',
      bibliotheque: 'المكتبة',
      ecole: 'المدرسة والأنشطة بعد المدرسة',
      'petite-enfance': 'الطفولة المبكرة',
      transport: 'النقل',
      dechets: 'النفايات والنظافة',
      urbanisme: 'التعمير ورخص البناء',
      'police-municipale': 'الشرطة البلدية',
      sport: 'المنشآت الرياضية',
      culture: 'الثقافة',
      'site-internet': 'الموقع الإلكتروني',
      autre: 'خدمة أخرى',
    },
  },
  channel: {
    label: 'كيف تواصلت معها؟',
    choose: 'اختر (اختياري)',
    options: {
      guichet: 'عند الشباك',
      telephone: 'بالهاتف',
      courriel: 'بالبريد الإلكتروني',
      courrier: 'بالبريد',
      'en-ligne': 'عبر الإنترنت',
      autre: 'طريقة أخرى',
    },
  },
  criteria: {
    intro: 'شكرًا! تم تسجيل إجابتك. إن أردت، قيّم كل نقطة (اختياري).',
    scale: 'من 1 (غير راضٍ إطلاقًا) إلى 5 (راضٍ جدًا).',
    labels: {
      accessibilite: 'الوصول إلى الخدمة (المواعيد، المكان، الهاتف)',
      accueil: 'الاستقبال واللباقة',
      attente: 'مدة الانتظار',
      efficacite: 'الفعالية (جواب واضح، طلب مُعالَج)',
      'en-ligne': 'الإجراءات عبر الإنترنت',
    },
    levels: { 1: 'غير راضٍ إطلاقًا', 2: 'غير راضٍ', 3: 'راضٍ إلى حد ما', 4: 'راضٍ', 5: 'راضٍ جدًا', nc: 'لا ينطبق' },
  },
  comment: {
    label: 'هل لديك تعليق؟ (اختياري)',
    warning: 'لا تكتب اسمًا أو عنوانًا أو رقم هاتف أو أي بيانات شخصية أخرى.',
  },
  submit: 'إرسال رأيي',
  thanks: { title: 'شكرًا على رأيك!', sent: 'تم تسجيل إجابتك.', queued: 'سيتم إرسال إجابتك فور عودة الاتصال.' },
  status: { recorded: 'تم تسجيل الإجابة.', queued: 'لا يوجد اتصال: إجابتك محفوظة وسيتم إرسالها لاحقًا.' },
  refused: 'تعذّر تسجيل إجابتك: هذا الاستبيان غير مُعدّ بشكل صحيح على هذا الموقع.',
  misconfigured: 'هذا الاستبيان غير مُعدّ بشكل صحيح (الخاصية «{{attribute}}»).',
  button: { open: 'أبدِ رأيك', close: 'إغلاق' },
  kiosk: {
    next: 'إجابة جديدة',
    reset: 'سيعود الاستبيان إلى البداية بعد ثوانٍ من أجل الشخص التالي.',
    attract: 'رأيك يساعد على تحسين الاستقبال. المس إجابة للبدء: الاستبيان مجهول الهوية.',
  },
};

export default strings;
