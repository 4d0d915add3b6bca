package content

import (
	"cmp"
	_ "embed"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	publicsuffix "haven/internal/psl"

	"haven/internal/diag"
)

// avoidDefaults are the words and phrases a discreet card never prints, per language;
// text.yaml's discreet.avoid adds to them and discreet.allow takes some off. Anyone who sees
// the card must not learn what it is about, least of all a person who controls the one carrying
// it and would know their own doing described (control, the money, phone or papers taken, being
// made to do things, hurt, getting out). A phrase matches its words in a row; ordinary words
// alone ("money", "phone", "help", "safe"; "hurts", as in "it never hurts to ask") are left free. A word marked + stands for its
// inflected forms too (see inflections): "rape+" is also rapes, raped, raping; "violar+" also
// viola, violada, violadas, violador. Words are listed whole, never as bare stems, so that a
// harmless word that starts the same ("traffic", "trato", "battery") is not refused. A word
// written a|b stands for either (see forms), so that a phrase is listed once with each of its
// subjects and objects.
var avoidDefaults = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"en": {
			"traffick+", "sex", "sexual", "sexually", "sexuality", "sexting", "sextortion", "exploit+", "exploitation",
			"exploitative", "pimp+", "prostitute+", "prostitution", "brothel+", "porn", "pornography", "nudes",
			// the trade's own words, and its debts and papers taken
			"escort+", "hooker+", "stripper+", "stripping", "strip club+", "massage parlor+", "massage parlour+",
			"sugar daddy", "sugar daddies", "passport taken", "papers taken", "owe a debt", "debt bondage",
			"abuse+", "abusive", "violence", "violent", "violently", "assault+", "rape+", "rapist", "rapists", "molest+",
			"molestation", "incest", "incestuous", "stalk+", "harass+", "harassment", "battered", "battering", "batterer",
			"batterers", "strangle+", "strangulation", "kidnap+", "abduct+", "abduction", "smuggle+", "slave+", "slavery",
			"enslave+", "enslavement", "servitude", "bondage", "groomed", "grooming", "suicide", "suicidal", "self harm+",
			"kill+ yourself", "kill+ you", "hurt", "hurting", "hurt+ you", "harm+ you", "hit+ you", "beat+ you", "beaten", "kick+ you",
			"punch+ you", "slap+ you", "choke+ you", "sold you", "be|been|being|get|gets|getting|got hit", "mistreat+", "mistreatment",
			"kicked", "slapped", "punched", "shoved", "push+ you", "shove+ you", "be|been|being|get|gets|getting|got kicked|slapped|punched|pushed|shoved|sold",
			"lock+ you in|up", "your wages", "isolate+ you", "not allowed to see", "watch+|track+ where you go",
			"maltreat+", "maltreatment", "bruise+", "black eye", "black eyes", "love hurts", "love can hurt",
			// the yelling, and who scares the reader (not what: needles may scare you)
			"yelling", "yelled", "yell+ at", "scream+ at you", "shout+ at you",
			"partner|husband|wife|spouse|boyfriend|girlfriend|someone|anyone|he|she scare+|frighten+|threaten+ you",
			"afraid|scared|frightened|fear of him|her",
			"control", "controls", "controlled", "controlling", "coerce+", "coercion", "coercive", "forced", "force+ you", "threaten+", "threat+", "trapped",
			"makes you", "make you do", "made you do", "against your will",
			"your money", "your phone", "your id", "your papers", "your passport", "your documents",
			"escape+", "flee", "flees", "fled", "fleeing", "get out", "get away", "run away", "ran away", "running away",
			"runaway+", "rescue+",
			"victim+", "victimize+", "victimise+", "survivor+", "perpetrator+", "predator+", "pedophile+", "paedophile+",
			// that the card must be hidden from someone, or that its reader is kept in
			"hide", "hides", "hiding", "hidden", "not around", "allowed to leave", "allowed out", "free to leave", "can t leave", "cannot leave",
			"can not leave", "unable to leave", "let you leave", "lets you leave",
			"where he|she|they won|can|doesn|don|wouldn t see", "where he|she|they cannot see",
			"where he|she|they will|does|do|would|can not see",
			"let him see", "let her see", "let them see", "somewhere only you know", "where only you know", "call log", "call logs",
			"call history", "delete this number", "delete the number", "clear your call", "clear your history", "delete your history",
			// the partner or home that is feared, and the way out of them ("your partner" alone is
			// everyday: "your partner in health")
			"of your partner|husband|wife|spouse|boyfriend|girlfriend", "jealous", "jealousy",
			"afraid|scared|frightened to go home", "afraid|scared|frightened|fear at home", "afraid|scared|frightened|fear in your home",
			"afraid|scared|frightened|fear in your own home", "you safe at home", "feel safe at home",
			"unsafe at home", "way out", "plan to leave",
			// leaving a person, not a message: leave him, leaving your partner
			"leave+ him", "leave+ her", "leave+ your partner|husband|wife|spouse|boyfriend",
			"leave+ your girlfriend", "leave+ the relationship", "leave+ safely", "safety plan+", "safety planning",
			// where help is found, which a card or a page title kept on a checked phone must not say
			"shelter+", "safe house+", "safehouse+", "hotline+", "helpline+", "refuge", "refuges", "transitional housing",
			// and the compounds above written as phrases ("line" alone, "support" alone are everyday)
			"help line+", "hot line+", "crisis line+", "support line+", "advice line+", "crisis center+", "crisis centre+",
			// the court's help, which names what it protects from
			"restraining order+", "protective order+", "protection order+", "custody",
		},
		"es": {
			"trata", "trata de personas", "trata de blancas", "trata de mujeres", "trata de niños", "trata de niñas",
			"trata de menores", "trata de seres humanos", "tratante+", "tráfico", "traficar+", "traficante+", "sexo", "sexual+", "sexualmente", "sexualidad",
			"porno", "pornografía", "explotar+", "explotación+", "prostitución", "prostituta+", "prostituir+", "proxeneta+",
			"burdel+", "abusar+", "abuso+", "abusivo+", "violencia", "violento+", "agresión+", "agresor+", "agredir+",
			"violar+", "violación+", "incesto", "acosar+", "acoso+", "malos tratos", "maltrato+", "maltratar+",
			"maltratamiento", "golpear+", "golpes", "moretón", "moretones", "moratón", "moratones", "ojo morado",
			"le|te pega|pegan|pegó|pegaron|pegue|peguen", "pegarle", "pegarte",
			"patada+", "bofetada+", "cachetada+", "puñetazo+", "empujón", "empujones",
			"le|te patea|patean|pateó|patearon|empuja|empujan|empujó|empujaron|encierra|encierran|encerró|encerraron|aísla|aíslan|aisló|aislaron",
			"tu sueldo", "tu salario",
			"le|te grita|gritan|gritó|gritaron", "gritarle", "gritarte", "gritos",
			"amor no duele|lastima", "amor duele|lastima", "amor no debe|debería doler|lastimar", "secuestrar+", "secuestro+", "esclavo+", "esclavitud", "esclavizar+", "suicidio",
			"suicida+", "autolesión+", "matarte", "quitarte la vida", "te vende", "te venden", "te vendió", "te vendieron",
			"controlar+", "obligar+", "forzar+", "te fuerza", "te fuerzan", "amenazar+", "amenaza+", "atrapar+",
			"tu dinero", "tu celular", "tu teléfono", "tus documentos", "tu pasaporte", "tus papeles", "tu identificación",
			"le|te hace|hacen|hizo|hicieron|haga|hagan daño", "hacerle daño", "hacerte daño", "le|te lastima|lastiman|lastimó", "lastimado+", "contra tu voluntad",
			"escapar+", "huir", "huye", "huyes", "huyen", "huyó", "huyendo", "salir de ahí", "irte de casa",
			"dejar a tu pareja", "dejar a tu esposo", "dejar a tu marido", "dejar a tu novio", "rescate", "rescatar+",
			"víctima+", "sobreviviente+", "superviviente+", "pedófilo+",
			"esconder+", "ocultar+", "cuando él no está", "cuando él no esté", "cuando ella no está", "cuando ella no esté",
			"no te deja salir", "no te dejan salir", "no puedes salir", "escóndela", "escóndelo", "ocúltala", "ocúltalo",
			"donde él|ella no la|lo|las|los vea|vean|encuentre|encuentren", "te|le vigila|vigilan|revisa|revisan el celular|teléfono|móvil",
			"que él vea", "que ella vea", "borra esta llamada", "borra tu historial", "borrar tu historial", "historial de llamadas",
			"miedo de|a tu|su pareja|esposo|esposa|marido|novio|novia", "miedo tu|su pareja|esposo|esposa|marido|novio|novia",
			"pareja|esposo|esposa|marido|novio|novia|alguien le|te asusta|asustan|asustó", "miedo de|a él|ella",
			"celoso+", "celosa+", "miedo de volver", "miedo en casa", "miedo en tu|su casa", "segura en casa", "segura en tu casa",
			"peligro en casa", "peligro en tu|su casa",
			"refugio+", "albergue+", "casa segura", "casas seguras", "casa refugio", "casa de acogida", "línea de ayuda",
			"línea directa", "línea de crisis", "línea de apoyo", "teléfono de ayuda", "centro de crisis",
			"centro de acogida",
			"orden de alejamiento", "órdenes de alejamiento", "orden de protección", "órdenes de protección", "custodia",
		},
		// Vietnamese: a syllable written with its tones is compared with them, one written without
		// any (as many type) without them (see toned), so one that, so folded, is an everyday phrase
		// is marked ~, found only written with its tones: bị đánh (bi danh is also bí danh, an
		// alias; bị đánh giá, judged, is harmless). Not nhà thổ (nhà thờ, church), nhà chứa (nhà
		// chùa), tự tử (từ từ), ma cô (mà có), đánh bạn (also to befriend), nor mua bán or buôn
		// alone (buying and selling).
		"vi": {
			"mua bán người", "buôn bán người", "mua bán phụ nữ", "buôn bán phụ nữ", "mua bán trẻ em",
			"buôn bán trẻ em", "buôn người", "tình dục", "bóc lột", "mại dâm",
			"khiêu dâm", "lạm dụng", "xâm hại", "bạo lực", "bạo hành", "hành hung", "hiếp dâm", "cưỡng hiếp",
			"cưỡng dâm", "loạn luân", "quấy rối", "đeo bám", "bắt cóc", "buôn lậu", "nô lệ", "dụ dỗ", "tự sát",
			"tự làm hại bản thân", "tự làm đau bản thân", "đánh đập", "bị ép", "ép buộc",
			"cưỡng ép", "cưỡng bức", "bị kiểm soát", "kiểm soát bạn", "đe dọa", "bị nhốt", "hộ chiếu của bạn",
			"giấy tờ của bạn", "tiền của bạn", "điện thoại của bạn", "trốn thoát", "bỏ trốn", "chạy trốn",
			"giải cứu", "nạn nhân", "người sống sót", "thủ phạm", "kẻ săn mồi", "ấu dâm",
			"~bị đánh", "chồng đánh", "làm đau bạn", "làm hại bạn", "làm tổn thương bạn", "ngược đãi", "bỏ chồng",
			"tình yêu không làm đau", "tình yêu không gây đau", "vết bầm", "bầm tím", "quát mắng", "la mắng", "bị quát",
			"~sợ chồng", "~sợ vợ", "~sợ bạn đời", "~sợ người yêu", "~sợ ở nhà", "~sợ về nhà",
			"nhà tạm lánh", "nơi tạm lánh", "nhà an toàn", "nơi trú ẩn", "chỗ trú ẩn", "nơi ẩn náu", "đường dây nóng",
			"đường dây hỗ trợ", "đường dây tư vấn", "đường dây trợ giúp", "tổng đài tư vấn", "lệnh cấm tiếp xúc",
			"lệnh bảo vệ", "quyền nuôi con",
		},
		// Chinese: Simplified and Traditional forms (zh-Hans, zh-Hant and zh-TW read this list), found
		// inside the runs of characters they stand in; none that sits inside an everyday word
		// (贩卖 in 自动贩卖机, 跟踪 of a parcel) unless harmless holds those words (被打 in 被打扰),
		// nor 打你 alone (打 is also to dial: 打你的电话).
		"zh": {
			"贩运", "販運", "人口贩卖", "人口販賣", "贩卖人口", "販賣人口", "拐卖", "拐賣", "人贩子", "人販子", "人口贩子",
			"人口販子", "性交易", "性剥削", "性剝削",
			"性侵", "性虐待", "性暴力", "性骚扰", "性騷擾", "性行为", "性行為", "色情", "剥削", "剝削", "卖淫", "賣淫",
			"妓女", "娼妓", "皮条客", "皮條客", "拉皮条", "拉皮條", "妓院", "淫秽", "淫穢", "虐待", "家暴", "暴力", "殴打",
			"毆打", "袭击", "襲擊", "强奸", "強姦", "强暴", "強暴", "乱伦", "亂倫", "骚扰", "騷擾", "跟踪狂", "跟蹤狂",
			"绑架", "綁架", "诱拐", "誘拐", "走私", "偷渡", "奴役", "奴隶", "奴隸", "诱骗", "誘騙", "自杀", "自殺",
			"自残", "自殘", "自伤", "自傷", "挨打", "被打", "他打你", "她打你", "打你吗", "打你嗎", "打过你", "打過你",
			"伤害你", "傷害你", "爱不应该伤人", "愛不應該傷人", "爱不会伤人", "愛不會傷人", "爱不该伤人", "愛不該傷人",
			"瘀伤", "瘀傷", "淤伤", "淤傷", "瘀青", "淤青", "对你大喊大叫", "對你大喊大叫", "对你吼", "對你吼", "吼你",
			"吓唬你", "嚇唬你", "怕你的伴侣", "怕你的伴侶", "怕您的伴侣", "怕您的伴侶", "怕伴侣", "怕伴侶", "怕你的丈夫",
			"怕您的丈夫", "怕丈夫", "怕你老公", "怕老公", "怕你的配偶", "怕配偶", "在家感到害怕", "在家害怕", "在家里害怕",
			"在家裡害怕", "被迫", "强迫", "強迫", "被控制", "控制你", "威胁", "威脅", "恐吓",
			"恐嚇", "被困", "囚禁", "你的护照", "你的護照", "您的护照", "您的護照", "你的证件", "你的證件", "您的证件",
			"您的證件", "你的身份证", "你的身分證", "你的手机", "你的手機", "你的钱", "你的錢", "逃跑", "逃离", "逃離",
			"逃脱", "逃脫", "出逃", "逃走", "离家出走", "離家出走", "离开他", "離開他", "离开她", "離開她", "解救", "受害者", "受害人", "幸存者", "倖存者", "施暴者",
			"加害者", "施虐者",
			"恋童癖", "戀童癖",
			"热线", "熱線", "求助电话", "求助電話", "求助专线", "求助專線", "庇护", "庇護", "避难所", "避難所", "收容所",
			"妇女之家", "婦女之家", "中途之家", "安全屋", "保护令", "保護令", "禁制令", "抚养权", "撫養權",
			"监护权", "監護權",
		},
		// Korean: found inside words, with the grammar joined on (학대를, 피해자입니다); not 성적
		// (also school grades), 구조 (also structure) nor 맞았 (also "was right").
		"ko": {
			"인신매매", "성매매", "매춘", "성착취", "착취", "성폭력", "성폭행", "성추행", "성범죄", "성관계", "섹스", "음란물",
			"포르노", "포주", "사창가", "학대", "폭력", "폭행", "구타", "강간", "근친상간", "성희롱", "괴롭힘", "스토킹",
			"납치", "유괴", "밀입국", "밀수", "노예", "그루밍", "자살", "자해", "때리", "때려", "강제로", "강요", "통제당",
			"협박", "위협", "갇혀", "감금", "빼앗겼", "당신의 여권", "당신의 신분증", "당신의 휴대폰", "당신의 돈",
			"도망", "탈출", "구출", "피해자", "생존자", "가해자", "소아성애",
			"핫라인", "보호시설", "접근금지", "보호명령", "양육권",
			// scares, yells, the bruise (멍들다), "love does not hurt"
			"겁주", "소리지르", "고함치", "멍들", "사랑은 아프지",
		},
		// Arabic: a word marked + is also found with the article and a preposition joined on
		// (arabicForms); not جنسية (also nationality), الجنس (also gender) nor ضرب alone.
		"ar": {
			"اتجار+", "الاتجار بالبشر", "تهريب+", "جنسي+", "جنسيا", "استغلال+", "دعارة+", "بغاء+", "عاهرة+", "قواد+",
			"ماخور+", "إباحي+", "إباحية+", "إساءة+", "تعنيف+", "اعتداء+", "عنف+", "اغتصاب+", "مغتصب+", "سفاح القربى",
			"زنا المحارم", "تحرش+", "متحرش+", "ملاحقة+", "اختطاف+", "خطف+", "عبودية+", "استعباد+", "استدراج+",
			"انتحار+", "إيذاء+ النفس", "للضرب", "يضربك", "ضربك", "يضربونك", "يؤذيك", "يؤذونك", "آذاك", "يعنفك",
			"يستحق|تستحق|تستحقين|تستحقي الضرب", "كدمات+", "كدمة+", "الحب لا يؤذي|يجرح|يؤلم", "الحب يؤذي|يجرح|يؤلم",
			"صراخ+", "يصرخ|يصرخون|تصرخ|يصيح عليك|عليكي", "يصرخ|يصرخون|تصرخ|يصيح في وجهك",
			// fearing a partner, a spouse or home, and who scares the reader (not a needle)
			"تخاف|تخافين|تخافي|تخشى|تخشين|خائف|خائفة|خوفك من شريكك|شريكتك|زوجك|زوجتك",
			"يخيفك|تخيفك|يرعبك|يهددك شريكك|شريكتك|زوجك|زوجتك|أحد", "شريكك|شريكتك|زوجك|زوجتك|أحد يخيفك|تخيفك|يرعبك",
			"تخاف|تخافين|تخافي|خائف|خائفة|الخوف في|داخل المنزل|البيت|منزلك|بيتك",
			"سوء+ المعاملة", "سوء+ معاملة", "إجبار+", "مجبر+", "مجبرة+", "يجبرك",
			"أجبرك", "إكراه+", "بالقوة", "يسيطر عليك", "يتحكم بك", "يتحكم فيك", "تهديد+", "يهددك", "محتجز+",
			"محتجزة+", "محاصر+", "محاصرة+", "جواز سفرك", "أوراقك", "وثائقك", "هاتفك", "جوالك", "أموالك", "نقودك",
			"بطاقة هويتك", "هروب+", "هرب+", "اهرب", "اهربي", "اهربوا", "فرار+", "إنقاذ+", "ضحية+", "ضحايا+", "ناجية+",
			"ناجين+", "ناجيات+", "جاني+",
			// that the card must be hidden from someone (not أخف alone: also lighter), or that its
			// reader is kept in
			"أخفي+", "أخفيها+", "أخفيه+", "خبئي+", "خبئيها+", "خبئيه+", "في غيابه", "عندما|حين|حينما لا يكون موجودا|هنا",
			"يمنعك|يمنعونك|تمنعك|منعك من الخروج|المغادرة", "يسمح|يسمحون|تسمح لك بالخروج|بالمغادرة",
			"لا تستطيعين|تستطيعي|تستطيع|يمكنك الخروج|المغادرة",
			"معتدي+", "مفترس+", "مشتهي الأطفال",
			"خط+ ساخن", "خط+ الساخن", "خط+ الوطني الساخن", "خط+ المساعدة", "خط+ مساعدة", "خط+ الدعم", "خط+ دعم", "خط+ الأزمات", "ملجأ+",
			"ملاجئ+", "دار إيواء", "دور إيواء", "إيواء+", "مأوى+",
			"بيت آمن", "أمر حماية", "أوامر حماية", "أمر تقييدي", "أمر إبعاد",
			// custody (not حضانة alone: also a nursery)
			"حق+ الحضانة", "حقوق+ الحضانة", "قضية+|دعوى+|نزاع+ الحضانة", "تفقدين|تفقدي|تخسرين|تخسري|فقدان|خسارة الحضانة",
		},
		"de": {
			"menschenhandel", "menschenhandels", "menschenhändler", "menschenhändlerin", "menschenhändlerinnen",
			"menschenhändlern", "kinderhandel", "frauenhandel", "zwangsprostitution", "prostitution", "prostituierte",
			"prostituierten", "zuhälter", "zuhältern", "zuhälterei", "bordell", "bordelle", "bordellen", "sex", "sexuell",
			"sexuelle", "sexuellen", "sexueller", "sexuelles", "sexualität", "sexting", "sextortion", "porno", "pornos",
			"pornografie", "pornographie", "kinderpornografie", "ausbeutung", "ausgebeutet", "ausbeuten", "ausbeuter",
			"missbrauch", "missbrauchs", "missbraucht", "missbrauchen", "kindesmissbrauch", "misshandlung",
			"misshandlungen", "misshandelt", "gewalt", "gewalttätig", "gewalttätige", "gewalttätigen", "gewalttäter",
			"vergewaltigung", "vergewaltigungen", "vergewaltigt", "vergewaltiger", "übergriff", "übergriffe",
			"übergriffen", "belästigung", "belästigt", "stalking", "inzest", "entführung", "entführt", "sklaverei",
			"sklave", "sklaven", "zwangsarbeit", "zwangsheirat", "grooming", "schlepper", "schleuser", "opfer", "täter",
			"täterin", "selbstmord", "suizid", "suizidal", "selbstverletzung", "bedroht", "bedrohung", "drohung",
			"drohungen", "gezwungen", "zwingt dich", "gegen deinen willen", "gegen ihren willen", "flucht", "fliehen",
			"überlebende", "überlebender", "pädophil", "pädophile", "pädophilen", "kontrolliert dich", "schlägt dich",
			"schlägt er dich", "verletzt dich",
			"verletzt er dich", "tut dir weh", "flüchten", "ihn verlassen", "ihn zu verlassen",
			"liebe tut nicht weh", "liebe tut weh", "liebe darf nicht wehtun", "geschlagen werden", "geschlagen zu werden",
			"wirst du geschlagen", "werden sie geschlagen", "blaue flecken", "blauen flecken", "schreit dich|sie an",
			"schreit er dich|sie an", "anschreien", "angeschrien", "angebrüllt",
			"angst vor deinem|ihrem|dem partner|mann|freund|ehemann", "angst vor deiner|ihrer|der partnerin|frau|freundin|ehefrau",
			"partner|partnerin|mann|frau|freund|freundin|ehemann|ehefrau|jemand|er dir|ihnen angst",
			"angst zu hause", "angst zuhause", "angst daheim",
			"dein pass", "deine papiere", "dein geld",
			"verstecken", "versteck", "verstecke", "versteckt", "versteckte",
			"frauenhaus", "frauenhäuser", "schutzhaus", "zufluchtsort", "notunterkunft", "hilfetelefon", "krisentelefon",
			"schutzanordnung", "kontaktverbot", "annäherungsverbot", "sorgerecht",
		},
		// French: the forms listed whole; not traite (also traité, dealt with), trafic (of cars),
		// forcé (folded as force), frappé (of a crisis, or an iced drink: frappée and battue, of a
		// woman, are listed), battu (of a record or a path), hébergement alone (a web host), obligé
		// (as in "vous n'êtes pas obligé"), fuite (a leak).
		"fr": {
			"traite des êtres humains", "traite d'êtres humains", "traite des personnes", "traite de personnes",
			"traite humaine", "trafic d'êtres humains",
			"trafiquant", "trafiquants", "sexe", "sexuel", "sexuelle", "sexuels", "sexuelles", "sexuellement",
			"sexualité", "exploitation", "exploité", "exploitée", "exploités", "exploitées", "exploiter", "exploiteur",
			"exploiteurs", "prostitution", "prostituée", "prostituées", "prostitué", "prostitués", "proxénète",
			"proxénètes", "proxénétisme", "souteneur", "souteneurs", "bordel", "maison close", "pornographie",
			"pornographique", "pornographiques", "porno", "abus", "abusé", "abusée", "abusés", "abusées", "abuser",
			"abusif", "abusive", "abusifs", "abusives", "maltraitance", "maltraitances", "maltraité", "maltraitée",
			"maltraités", "maltraitées", "sévices", "violence", "violences", "violent", "violente", "violents",
			"violentes", "violentée", "agression", "agressions", "agressé", "agressée", "agressés",
			"agressées", "agresseur", "agresseurs", "viol", "viols", "violé", "violée", "violés", "violées", "violer",
			"violeur", "violeurs", "inceste", "incestueux", "harcèlement", "harcelé", "harcelée", "harcelés",
			"harcelées", "harceler", "harceleur", "harceleurs", "traqué", "traquée", "enlèvement", "kidnapping",
			"kidnappé", "kidnappée", "passeur", "passeurs", "esclavage", "esclave", "esclaves", "asservissement",
			"servitude", "pédopiégeage", "grooming", "suicide", "suicidaire", "suicidaires", "se suicider",
			"automutilation", "te faire du mal", "vous faire du mal", "se faire du mal", "te fait du mal",
			"vous fait du mal", "te blesse", "vous blesse", "mauvais traitements", "te frappe", "vous frappe",
			"te frappent", "vous frappent", "te bat", "vous bat", "te battent", "vous battent", "forcée", "forcées",
			"te force", "vous force", "contre ton gré", "contre votre gré", "contre ta volonté", "contre votre volonté",
			"te contrôle", "vous contrôle", "te contrôlent", "vous contrôlent", "emprise", "menace", "menaces",
			"menacée", "menacées", "te menace", "vous menace", "piégée", "piégées",
			"pris au piège", "prise au piège", "séquestré", "séquestrée", "séquestration", "ton passeport",
			"votre passeport", "tes papiers", "vos papiers", "tes documents", "vos documents", "ton argent",
			"votre argent", "ton téléphone", "votre téléphone", "ta carte d'identité", "votre carte d'identité", "fuir",
			"fuyez", "fuis", "fuyant", "quitter ton conjoint", "quitter votre conjoint", "quitter ton partenaire",
			"quitter votre partenaire", "quitter ton mari", "quitter votre mari",
			"t'échapper", "vous échapper", "s'échapper",
			"fugue", "fugueur", "fugueuse", "sauvetage", "victime", "victimes", "survivant", "survivante",
			"cacher", "cachez", "caché", "cachée", "cachés", "cachées", "cache cette carte", "cache-la", "cachez-la",
			"quand il n'est pas là", "quand elle n'est pas là", "pas le droit de sortir", "pas le droit de partir",
			"survivants", "survivantes", "prédateur", "prédateurs", "pédophile", "pédophiles", "pédocriminel",
			"pédocriminels",
			"battue", "battues", "femme battue", "femmes battues", "frappée", "frappées", "te frappe-t-il",
			"être frappé", "être battu", "couverte de bleus", "couvert de bleus", "amour ne fait pas mal", "amour fait mal", "amour ne doit pas faire mal", "te|vous crie|crient|hurle|hurlent dessus",
			"peur de|à ton|votre|son partenaire|conjoint|mari|copain|compagnon|ex",
			"peur de|à ta|votre|sa partenaire|conjointe|femme|copine|compagne",
			"partenaire|conjoint|conjointe|mari|femme|copain|copine|compagnon|compagne|quelqu'un|il|elle te|vous fait|font peur",
			"peur à la maison", "peur chez toi|vous|soi", "peur de rentrer",
			"refuge", "refuges", "maison d'hébergement", "foyer d'hébergement", "centre d'hébergement",
			"hébergement d'urgence", "hébergement pour femmes", "foyer pour femmes", "maison pour femmes",
			"sos femmes", "ligne d'écoute", "ligne d'aide", "ligne d'urgence", "ligne de soutien", "ligne de crise",
			"ordonnance de protection", "ordonnance restrictive", "garde des enfants",
		},
		// Portuguese, for Brazil and Portugal: not tráfego (of cars), obrigada and obrigado (thank
		// you), presa (also prey).
		"pt": {
			"tráfico", "tráfico de pessoas", "traficante", "traficantes", "traficada", "traficadas", "traficado",
			"traficados", "traficar", "sexo", "sexual", "sexuais", "sexualmente", "sexualidade", "exploração",
			"explorada", "exploradas", "explorado", "explorados", "prostituição", "prostituta", "prostitutas",
			"cafetão", "cafetões", "cafetina", "cafetinagem", "proxeneta", "proxenetas", "bordel", "bordéis",
			"prostíbulo", "pornografia", "porno", "pornográfico", "pornográfica", "abuso", "abusos",
			"abusada", "abusadas", "abusado", "abusados", "abusar", "abusivo", "abusiva", "abusivos", "abusivas",
			"maus tratos", "maltrato", "maltratada", "maltratadas", "maltratado", "maltratados",
			"violência", "violências", "violento", "violenta", "violentos", "violentas", "violentada",
			"violentadas", "violentado", "violentados", "agressão", "agressões", "agressor", "agressores", "agressora", "agredida",
			"agredidas", "agredido", "agredidos", "estupro", "estupros", "estuprada", "estupradas", "estuprado", "estuprador",
			"estupradores", "violação", "violada", "violadas", "violado", "violados", "incesto", "assédio", "assediada", "assediadas",
			"assediado", "assediar", "perseguição", "perseguida", "stalking", "stalker", "sequestro", "sequestrada",
			"sequestrado", "rapto", "raptada", "contrabando", "contrabandista", "contrabandistas", "escravidão",
			"escravatura", "escravo", "escrava", "escravos", "escravas", "escravizada", "escravizado", "aliciamento",
			"aliciada", "aliciadas", "aliciador", "aliciadores", "grooming", "suicídio", "suicida", "suicidas",
			"se matar", "te matar", "automutilação", "autolesão", "te machuca", "te machucam", "te bate", "te batem",
			"bate em você", "batem em você", "machuca você", "te agride", "agride você",
			"espancada", "espancadas", "espancado", "espancamento", "forçada", "forçadas", "forçado", "forçados",
			"merece apanhar", "apanha do marido", "apanhar do marido", "hematomas", "marcas roxas", "amor não dói|machuca",
			"amor dói|machuca", "grita com você", "grita contigo", "gritam com você", "gritos",
			"medo de|do seu|teu|sua|tua parceiro|parceira|marido|companheiro|companheira|namorado|namorada|esposo|esposa",
			"medo do parceiro|marido|companheiro|namorado|esposo", "medo da parceira|companheira|namorada|esposa",
			"parceiro|parceira|marido|companheiro|companheira|namorado|namorada|alguém|ele|ela te|lhe assusta",
			"medo em casa", "medo de voltar para casa",
			"te obriga", "te obrigam", "coagida", "coação", "contra a sua vontade", "contra sua vontade",
			"contra a tua vontade", "te controla", "te controlam", "controlada", "ameaça", "ameaças", "ameaçada",
			"ameaçadas", "ameaçado", "te ameaça", "te ameaçam", "encurralada", "aprisionada", "cárcere privado",
			"seu passaporte", "teu passaporte", "seus documentos", "teus documentos", "seus papéis", "seu dinheiro",
			"teu dinheiro", "seu celular", "teu celular", "seu telemóvel", "teu telemóvel", "seu telefone",
			"sua identidade", "fugir", "fuga", "foge", "fuja", "fugindo", "escapar", "deixar seu parceiro",
			"deixar o seu parceiro",
			"deixar seu marido", "deixar o seu marido", "deixar seu companheiro", "resgate", "resgatar", "vítima",
			"vítimas", "sobrevivente",
			"esconder", "esconda", "escondido", "escondida", "quando ele não está",
			"quando ele não estiver", "quando ela não está", "quando ela não estiver", "não te deixa sair",
			"não deixa você sair", "não te deixam sair", "não deixam você sair", "não pode sair",
			"sobreviventes", "abusador", "abusadores", "predador", "predadores", "pedófilo", "pedófilos", "pedofilia",
			"abrigo", "abrigos", "casa abrigo", "casa de acolhimento", "casa segura", "linha de ajuda", "linha direta",
			"linha de apoio", "linha de crise",
			"medida protetiva", "medidas protetivas", "ordem de proteção", "ordem de restrição", "guarda dos filhos",
		},
		// Russian: each word in its common cases, listed whole; not торговля alone (trade) nor сила.
		"ru": {
			"торговля людьми", "торговли людьми", "торговлей людьми", "торговле людьми", "торговлю людьми", "торговец людьми",
			"торговцы людьми", "секс", "секса", "сексом", "сексе", "сексуальный", "сексуальная", "сексуальное",
			"сексуальные", "сексуального", "сексуальной", "сексуальных", "сексуально", "эксплуатация", "эксплуатации",
			"эксплуатацией", "проституция", "проституции", "проститутка", "проститутки", "проституток", "сутенёр",
			"сутенёры", "бордель", "борделе", "публичный дом", "порнография", "порнографии", "порно", "насилие",
			"насилия", "насилии", "насилием", "насильник", "насильники", "насильно", "изнасилование",
			"изнасилования", "изнасиловали", "изнасилована", "изнасиловал", "жестокое обращение",
			"жестокого обращения", "абьюз", "абьюзер", "побои", "избиение", "избили", "избивает", "бьёт тебя",
			"бьёт вас", "домогательство", "домогательства", "домогательств", "харассмент", "преследование",
			"преследует", "нападение", "инцест", "кровосмешение", "похищение", "похищения", "похитили",
			"контрабанда", "рабство", "рабства", "рабы", "рабыня", "груминг", "самоубийство", "самоубийства",
			"суицид", "суицида", "суициде", "самоубийстве", "самоповреждение", "самоповреждения", "покончить с собой", "принуждение",
			"принуждают", "принудили", "заставляет тебя", "заставляют тебя", "заставляет вас", "заставляют вас",
			"контролирует тебя", "контролирует вас", "угрожает", "угрожают", "угроза", "угрозы", "в ловушке",
			"заперли", "твой паспорт", "ваш паспорт", "твои документы", "ваши документы", "твои деньги",
			"ваши деньги", "твой телефон", "ваш телефон", "побег", "сбежать", "уйти от мужа", "уйти от него", "жертва",
			"побоев", "побоям", "синяки", "синяков", "синяками", "любовь не причиняет боль|боли", "любовь не должна причинять боль|боли",
			"делает тебе|вам больно", "кричит|кричат на тебя|вас", "орёт|орут на тебя|вас",
			"боитесь|боишься мужа|жены|партнёра|партнерши|супруга|супруги", "страх перед мужем|партнёром|супругом",
			"муж|жена|партнёр|партнер|супруг|он пугает тебя|вас", "страшно дома", "боитесь|боишься дома|идти домой",
			"жертвы", "жертвой",
			"пострадавшие", "педофил", "педофилы",
			"горячая линия", "горячей линии", "горячую линию", "телефон доверия", "телефона доверия", "телефону доверия",
			"телефоном доверия", "линия помощи", "линии помощи", "убежище", "убежища", "приют", "приюта", "приюте",
			"кризисный центр", "кризисного центра", "охранный ордер", "защитное предписание",
		},
		// Haitian Creole: not trafik alone (traffic), sekou (help), fèmen (closed).
		"ht": {
			"trafik moun", "trafikan", "trafikè", "sèks", "seksyèl", "seksyèlman", "eksplwatasyon", "eksplwate",
			"pwostitisyon", "jennès", "bòdèl", "makwo", "pònografi", "pòno", "abi", "abize", "vyolans",
			"vyolan", "agresyon", "vyòl", "vyole", "ensès", "asèlman", "kidnapin", "kidnape", "kontrebann",
			"esklavaj", "esklav", "swisid", "touye tèt ou", "blese tèt ou", "bat ou", "maltrete", "fòse ou",
			"kontwole ou", "menase", "menas", "pyeje", "paspò ou", "paspò w", "papye ou", "papye w", "dokiman ou",
			"dokiman w", "lajan ou", "lajan w", "telefòn ou", "telefòn w", "chape", "viktim", "sivivan", "predatè",
			"pedofil", "agresè",
			"fè ou|w mal", "lanmou pa fè mal", "rele sou ou|w", "mak kou", "fè ou|w pè",
			"pè mari|madanm|mennaj|patnè ou|w", "pè lakay",
			"lòd pwoteksyon", "liy dirèk",
		},
		// Tagalog: not samantala (meanwhile) alone, the end of pagsasamantala.
		"tl": {
			"trafficking", "trafficker", "sex", "sekswal", "seksuwal", "pakikipagtalik", "pagsasamantala",
			"pinagsamantalahan", "prostitusyon", "prostitute", "bugaw", "bahay aliwan", "pornograpiya", "porn",
			"pang aabuso", "inabuso", "inaabuso", "abuso", "mapang abuso", "karahasan", "marahas", "pananakit",
			"sinasaktan", "sinaktan", "saktan ka", "binubugbog", "binugbog", "bugbog", "panggagahasa", "ginahasa",
			"hinalay", "panghahalay", "incest", "insesto", "panliligalig", "harassment", "stalking", "kidnap",
			"kinidnap", "pagdukot", "dinukot", "smuggling", "pang aalipin", "alipin", "pagkaalipin", "grooming",
			"pagpapakamatay", "magpakamatay", "saktan ang sarili", "pinipilit ka", "pinilit", "sapilitan",
			"kinokontrol ka", "binabantaan", "pagbabanta", "nakakulong", "pasaporte mo", "passport mo",
			"mga dokumento mo", "pera mo", "cellphone mo", "telepono mo", "tumakas", "pagtakas", "makatakas", "tatakas",
			"takasan", "sagipin",
			"pagsagip", "biktima", "survivor", "salarin", "mandaragit", "pedophile",
			"nananakit", "sinasampal", "sinuntok", "pinapalo", "mga pasa", "may pasa", "sinisigawan", "tinatakot",
			"takot sa asawa|partner|kinakasama|nobyo|karelasyon", "takot ka sa asawa|partner|kinakasama|nobyo|karelasyon", "takot sa bahay", "takot umuwi",
			"hotline", "linya ng tulong", "shelter", "kanlungan", "protection order", "kustodiya",
		},
	}
})

// harmless are words that hold a revealing one inside them, across its start or end
// ("rapist" in therapist, "beat you" in #BeatYourBest, "trata" in tratamiento, 被困 in 被困难),
// and phrases that run across a revealing word's edge (birth control, "trata de llamar"):
// one found there is not refused. + as in avoidDefaults.
var harmless = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"en": {"therapist+", "grape+", "drape+", "scrape+", "trapeze", "parapet", "rapeseed", "beanstalk+", "cornstalk+",
			"pimple+", "pimpernel+", "yoghurt+", "hurtle+", "syllabus+", "your", "yours", "controller+",
			"birth control", "birthcontrol", "self control", "selfcontrol",
			// an injury of work or sport, a clinic's question (Hurt your back?)
			"hurt your back|neck|knee|knees|ankle|wrist|shoulder|hip|foot|leg"},
		"es": {"tratamiento+", "contratar+", "retratar+", "retrato+", "desclavar+", "esforzar+", "reforzar+", "forzoso+",
			"violeta+", "violonchelo+", "raviol+", "escaparate+", "trata de", "controles médicos"},
		"fr": {"renforcée", "renforcées", "efforcée", "efforcées"},
		"pt": {"escaparate", "escaparates", "exploradora", "exploradoras", "exploradores", "reforçada", "reforçadas",
			"reforçado", "reforçados", "esforçada", "esforçadas", "esforçado", "esforçados"},
		// bị đánh in what is done to a thing or a person that is no blow: judged, woken, stolen,
		// dropped, taxed, beaten in a game, fooled, marked, lost, typed; chồng is a stack too (bỏ
		// chồng sách vào cặp: put the stack of books in the bag)
		"vi": {"đánh giá", "đánh thức", "đánh cắp", "đánh rơi", "đánh thuế", "đánh bại", "đánh lừa", "đánh dấu", "đánh mất",
			"đánh máy", "đánh số", "chồng sách", "chồng vở", "chồng giấy", "chồng bát", "chồng đĩa", "chồng hồ sơ", "chồng báo", "chồng quần áo"},
		"zh": {"被打扰", "被打擾", "被打断", "被打斷", "被打开", "被打開", "被打印", "被打破", "被打败", "被打敗", "被打动", "被打動",
			"被打包", "被打击", "被打擊", "被打折", "被打上", "强迫症", "強迫症", "钱包", "錢包", "困扰", "困擾", "困难", "困難", "你的情绪", "你的情緒", "你的体重",
			"你的體重",
			"你的血压", "你的血壓", "你的血糖", "你的饮食", "你的飲食"},
	}
})

// inflections give, per language, the forms of a word marked +: itself and its regular endings.
// Forms that are not words cost nothing; ones that are words must all be revealing, or be
// listed whole instead.
var inflections = map[string]func(string) []string{"en": englishForms, "es": spanishForms, "ar": arabicForms}

// englishForms are w with -s or -es, -ed or -d, -ing and -er(s), the last letter doubled
// too after a short vowel (kidnapped, hitting), y read as i (bullied) and e dropped (raping).
func englishForms(w string) []string {
	n := len(w)
	if n < 3 {
		return []string{w}
	}
	out := []string{w}
	switch {
	case w[n-1] == 'e':
		return append(out, w+"s", w+"d", w[:n-1]+"ing", w+"r", w+"rs")
	case w[n-1] == 'y' && !vowel(w[n-2]):
		s := w[:n-1]
		return append(out, s+"ies", s+"ied", w+"ing", s+"ier", s+"iers")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	default:
		out = append(out, w+"s")
	}
	stems := []string{w}
	if !vowel(w[n-3]) && vowel(w[n-2]) && !vowel(w[n-1]) && !strings.ContainsRune("wxy", rune(w[n-1])) {
		stems = append(stems, w+w[n-1:])
	}
	for _, s := range stems {
		out = append(out, s+"ed", s+"ing", s+"er", s+"ers")
	}
	return out
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// spanishForms are a verb's present, past, participles (-ado, -ada, -ados, -adas; -ido...),
// gerund and doer (-ador, -adora...); a noun's or adjective's gender and number (-o, -a, -os,
// -as; -es; -ión, -iones).
func spanishForms(w string) []string {
	out := []string{w}
	if ar, ok := strings.CutSuffix(w, "ar"); ok && ar != "" {
		soft := ar // before e: c is qu, g is gu, z is c (trafique, obligue, amenace)
		switch ar[len(ar)-1] {
		case 'c':
			soft = ar[:len(ar)-1] + "qu"
		case 'g':
			soft += "u"
		case 'z':
			soft = ar[:len(ar)-1] + "c"
		}
		for _, e := range []string{"o", "a", "as", "an", "amos", "ó", "aste", "aron", "aba", "abas", "aban", "ado", "ada",
			"ados", "adas", "ando", "ador", "adora", "adores", "adoras"} {
			out = append(out, ar+e)
		}
		for _, e := range []string{"é", "e", "es", "en"} {
			out = append(out, soft+e)
		}
		return out
	}
	if stem, ok := strings.CutSuffix(w, "er"); ok || strings.HasSuffix(w, "ir") {
		if !ok {
			stem = strings.TrimSuffix(w, "ir")
		}
		for _, e := range []string{"o", "e", "es", "en", "emos", "imos", "í", "ió", "iste", "ieron", "ía", "ías", "ían",
			"ido", "ida", "idos", "idas", "iendo"} {
			out = append(out, stem+e)
		}
		return out
	}
	switch last, _ := utf8.DecodeLastRuneInString(w); {
	case strings.HasSuffix(w, "ión"):
		return append(out, strings.TrimSuffix(w, "ión")+"iones")
	case last == 'o' || last == 'a':
		s := w[:len(w)-1]
		return append(out, s+"o", s+"a", s+"os", s+"as")
	case last == 'e':
		return append(out, w+"s")
	case strings.HasSuffix(w, "or"):
		return append(out, w+"a", w+"es", w+"as")
	case strings.ContainsRune("áéíóú", last):
		return out
	}
	return append(out, w+"es")
}

// arabicPrefixes are what Arabic writes joined to the front of a word: and, so, with or by, for
// or to, the article, and these before the article (والعنف, بالعنف, للعنف).
var arabicPrefixes = []string{"", "و", "ف", "ب", "ل", "وب", "ول", "ال", "وال", "فال", "بال", "لل", "ولل"}

// arabicForms are w with each of arabicPrefixes joined on: whole words are compared, and
// Arabic writes these as one word with the word they go with.
func arabicForms(w string) []string {
	out := make([]string, 0, len(arabicPrefixes))
	for _, p := range arabicPrefixes {
		out = append(out, p+w)
	}
	return out
}

// forms are the word or phrase w with its + marks taken off and, in a language with
// inflections, each word marked + in each of its forms: "hit+ you" is hit you, hits you,
// hitting you...; a word written a|b is either: "partner|husband scare+ you" is also
// husband scares you.
func forms(lang, w string) []string {
	out := []string{""}
	for i, f := range strings.Fields(w) {
		var alts []string
		for _, alt := range strings.Split(f, "|") {
			word, ok := strings.CutSuffix(alt, "+")
			if inflect := inflections[lang]; ok && inflect != nil {
				alts = append(alts, inflect(strings.ToLower(word))...)
			} else {
				alts = append(alts, word)
			}
		}
		next := make([]string, 0, len(out)*len(alts))
		for _, o := range out {
			for _, a := range alts {
				if i > 0 {
					a = o + " " + a
				}
				next = append(next, a)
			}
		}
		out = next
	}
	return out
}

// lookalikes are the Cyrillic and Greek letters (after case folding) that print like a Latin
// one: "Sеx" with a Cyrillic е must not pass for a harmless word.
var lookalikes = map[rune]rune{
	'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k',
	'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'ѕ': 's', 'т': 't', 'у': 'y', 'х': 'x', 'ԁ': 'd', 'ԛ': 'q',
	'ԝ': 'w', 'ɡ': 'g', 'ı': 'i',
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'γ': 'y', 'ϲ': 'c', 'ϳ': 'j',
	// small capitals, which "fancy text" generators write and NFKC keeps (ᴀʙᴜsᴇ)
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j',
	'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ꞯ': 'q', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't',
	'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
	// and the phonetic letters, with a hook, a bar or turned, that they write for plain ones
	// and no language's spelling has (not Hausa's ɓ ɗ ƙ, Ewe's ʋ ɛ ɔ, Polish ł or Danish ø)
	'ʌ': 'a', 'ɑ': 'a', 'ƀ': 'b', 'ȼ': 'c', 'ɇ': 'e', 'ɦ': 'h', 'ɨ': 'i', 'ɩ': 'i', 'ɉ': 'j', 'ʝ': 'j',
	'ꝁ': 'k', 'ɭ': 'l', 'ɱ': 'm', 'ɳ': 'n', 'ɵ': 'o', 'ƥ': 'p', 'ɍ': 'r', 'ɽ': 'r', 'ʂ': 's', 'ʈ': 't',
	'ʉ': 'u', 'ⱳ': 'w', 'ɏ': 'y', 'ƶ': 'z', 'ȥ': 'z', 'ʐ': 'z',
}

// fold is a text as compared for words: compatibility forms taken apart (the ligature ﬁ is f
// and i), invisible format characters (zero-width joiners and spaces, soft hyphens) taken out,
// as a shaper drops them, case folded, accents taken off ("Explotación" and "explotacion" are
// one word) and look-alike letters read as the Latin ones they print as.
func fold(s string) string {
	if ascii(s) { // nothing to take apart
		return strings.ToLower(s)
	}
	t := foldChains.Get().(transform.Transformer) // a chain allocates 8 KB of buffers: reused
	defer foldChains.Put(t)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = strings.ToLower(s)
	}
	return out
}

// foldChains hold the chains of transforms fold runs: transform.String resets each before use.
var foldChains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKC, runes.Remove(runes.In(unicode.Cf)), cases.Fold(), norm.NFD,
		runes.Remove(runes.In(unicode.Mn)), runes.Map(func(r rune) rune {
			if l, ok := lookalikes[r]; ok {
				return l
			}
			return r
		}), norm.NFC)
}}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words is a text split for comparing: its words folded, in order (a camelCase word also as
// its parts), the words written run together (a hashtag, camelCase, letters with digits), and
// all its letters and digits in one string.
type words struct {
	list, runs []string
	letters    string
	// each word of list as written, case folded with its accents and tones, "" where fold
	// takes none off: for Vietnamese, whose tones tell its syllables apart (see toned)
	written []string
	phrase  string // list, each word between spaces, for hasPhrase
	// an address's: its host's words run together, and where each ends in them; a word found
	// inside one of its words is read so only where it ends that word or another starts after
	// it, not one or two letters before its end (control in controllo, controle)
	address bool
	joined  string
	ends    []int
}

func split(s string) words {
	var w words
	var letters strings.Builder
	s = norm.NFKC.String(s)
	for i, j := range spans(s, wordRune) {
		word, tagged := s[i:j], i > 0 && strings.ContainsRune("#@", rune(s[i-1]))
		parts := camelParts(word)
		f := fold(word)
		if f == "" { // only invisible characters or marks
			continue
		}
		if tagged || len(parts) > 1 || strings.ContainsFunc(word, unicode.IsDigit) && strings.ContainsFunc(word, unicode.IsLetter) {
			w.runs = append(w.runs, f)
		}
		if len(parts) > 1 {
			for _, p := range parts {
				if f := fold(p); f != "" {
					w.add(p, f)
				}
			}
		} else {
			w.add(word, f)
		}
		letters.WriteString(f)
	}
	w.letters = letters.String()
	w.phrase = " " + strings.Join(w.list, " ") + " "
	return w
}

// hasWord tells whether w has the word f (folded), written as written (its accents or tones,
// lower case; "" when f is how it is written): a word written with them on both sides is that
// word alone, Vietnamese bạn (you) not bán (sell), though both fold to ban.
func (w words) hasWord(f, written string) bool {
	for i, g := range w.list {
		if g == f && (written == "" || w.written[i] == "" || written == w.written[i]) {
			return true
		}
	}
	return false
}

// wordRune tells whether r belongs to a word as split reads it.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || unicode.Is(unicode.Cf, r)
}

// add adds word, folded as f, to w.list, and as written to w.written.
func (w *words) add(word, f string) {
	w.list = append(w.list, f)
	written := ""
	if !ascii(word) {
		if written = strings.ToLower(norm.NFC.String(word)); written == f {
			written = ""
		}
	}
	w.written = append(w.written, written)
}

// toned tells whether the words of w from i on, found as a's words folded, agree with a's
// tones, for a Vietnamese word: its words are compared without them (typed without any, as
// many do, tiền của bạn is "tien cua ban"), but a syllable written with its tones and marks is
// that syllable alone (thuận tiện của bạn, at a time convenient for you, is not tiền của bạn,
// your money). A word marked ~ (tonedOnly) is found only written with its tones.
func (w words) toned(i int, a avoidWord) bool {
	if a.lang != "vi" {
		return true
	}
	for k, syllable := range exactSplit(a.as) {
		if i+k >= len(w.written) {
			continue
		}
		got := w.written[i+k]
		if a.tonedOnly && got == "" && fold(syllable) != syllable || got != "" && got != syllable {
			return false
		}
	}
	return true
}

// camelParts splits a word where a lower-case letter is followed by a capital:
// EndHumanTrafficking is End, Human, Trafficking.
func camelParts(s string) []string {
	var parts []string
	start, prevLower := 0, false
	for i, r := range s {
		if prevLower && unicode.IsUpper(r) {
			parts = append(parts, s[start:i])
			start = i
		}
		if !unicode.Is(unicode.M, r) && !unicode.Is(unicode.Cf, r) {
			prevLower = unicode.IsLower(r)
		}
	}
	return append(parts, s[start:])
}

// hasPhrase tells whether the words ws follow each other in w.
func (w words) hasPhrase(ws []string) bool {
	return len(ws) > 0 && strings.Contains(w.phrase, " "+strings.Join(ws, " ")+" ")
}

// Within these many letters, a word or phrase is found inside a longer word: shorter ones
// only inside words written run together (#endtrafficking), and as whole words, so that
// "Essex" is not "sex" and "tratamiento" not "trata". A form counts the letters of its word
// as listed when it has more: "rapists" is not found inside "therapists", nor "obliga"
// (of obligar) inside "obligatorio".
const (
	runLetters  = 4
	longLetters = 7
)

// avoidWord is a form of a word or phrase a discreet card must not print: as written, its
// words folded (key: between single spaces; joined: run together), and the letters and key of
// the word it is a form of (rape, of raped); letters are the fewer of the form's and that word's.
type avoidWord struct {
	as, key, joined, listed string
	lang                    string // whose list: named when it is not the card's
	letters                 int
	anywhere                bool // found inside any word (unspaced)
	typo                    bool // its misspellings are refused too (see misspelt)
	// found only written with its tones (Vietnamese, listed with a leading ~): without them,
	// it is also an everyday phrase (see toned)
	tonedOnly bool
}

// unspaced reports whether w is written in a script whose words are found inside longer runs
// of letters: one written without spaces between words (Chinese, Japanese, Thai…), or one
// that joins its grammar to the word (Korean 인신매매를, Amharic ለብዝበዛ). A word of two
// characters or more of these scripts is a word of its own more often than a piece of another;
// one of one character (性) is found only standing alone, or it would be found in 女性 and 可能性.
func unspaced(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Ethiopic,
			unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
	})
}

// avoidWords are the forms of a word or phrase of the language's list (see forms).
func avoidWords(lang, w string) []avoidWord {
	w, tonedOnly := strings.CutPrefix(w, "~")
	listed := strings.Join(split(w).list, " ")
	letters := utf8.RuneCountInString(listed) - strings.Count(listed, " ")
	fs := forms(lang, w)
	out := make([]avoidWord, 0, len(fs))
	for _, f := range fs {
		key := f // lower-case ASCII words between single spaces are folded already
		if strings.ContainsFunc(f, func(r rune) bool { return (r < 'a' || r > 'z') && r != ' ' }) {
			key = strings.Join(split(f).list, " ")
		}
		joined := strings.ReplaceAll(key, " ", "")
		out = append(out, avoidWord{as: f, key: key, joined: joined, listed: listed, lang: lang, tonedOnly: tonedOnly,
			letters: min(letters, utf8.RuneCountInString(joined)), anywhere: unspaced(joined) && utf8.RuneCountInString(joined) > 1})
	}
	return out
}

// avoidSet is a language's words a discreet card must not print, ready to be looked for:
// whole by their words, inside longer words by their first three bytes.
type avoidSet struct {
	words    []avoidWord
	whole    map[string]int          // by key
	maxWords int                     // of the longest phrase
	inside   map[string][]int        // those of runLetters or more, by joined's first three bytes
	harmless []string                // folded (see harmless)
	typos    func() map[string][]int // made the first time a word is looked for (see typoIndex)
	// tails reads a word found in an address with one or two letters after it to the end of
	// the host's word as that word (lakeviewfc, lakeviewdv of Lakeview): a name's, which an
	// organisation's domain writes with its initials or its field after it
	tails bool
}

// newAvoidSet readies ws, of which the first of each key counts.
func newAvoidSet(ws []avoidWord, harmless []string) *avoidSet {
	s := &avoidSet{words: make([]avoidWord, 0, len(ws)), whole: make(map[string]int, len(ws)), inside: map[string][]int{}, harmless: harmless}
	for _, a := range ws {
		if _, dup := s.whole[a.key]; dup || a.key == "" {
			continue
		}
		i := len(s.words)
		s.words = append(s.words, a)
		s.whole[a.key] = i
		s.maxWords = max(s.maxWords, strings.Count(a.key, " ")+1)
		if (a.letters >= runLetters || a.anywhere) && len(a.joined) >= 3 && !a.tonedOnly { // run together, its tones go unread
			s.inside[a.joined[:3]] = append(s.inside[a.joined[:3]], i)
		}
	}
	s.typos = sync.OnceValue(s.typoIndex)
	return s
}

// avoided is the one of s that w prints first, its as "" when none: a word or phrase whole,
// unless a harmless phrase runs across its edge (birth control), and inside a longer word as
// runLetters and longLetters say.
func (w words) avoided(s *avoidSet) avoidWord {
	var first avoidWord
	at, listed := len(w.letters)+1, len(s.words)
	found := func(i int) {
		// the first in the text; of two there, the longer ("controls", not "control"); of two
		// as long, the one listed first ("hotline", not "hot line"; "safe house", not "safehouse")
		a := s.words[i]
		p := strings.Index(w.letters, a.joined)
		if p < at || p == at && (len(a.joined) > len(first.joined) || len(a.joined) == len(first.joined) && i < listed) {
			first, at, listed = a, p, i
		}
	}
	// each word, and the phrases it starts, as they are in w.phrase: looked up, not rebuilt
	for i, start := 0, 1; i < len(w.list); start, i = start+len(w.list[i])+1, i+1 {
		end := start - 1
		for j := i; j < min(len(w.list), i+s.maxWords); j++ {
			end += 1 + len(w.list[j])
			if k, ok := s.whole[w.phrase[start:end]]; ok && !s.across(w.phrase, start, end) && w.toned(i, s.words[k]) {
				found(k)
			}
		}
	}
	anyEnd := func(i, _ int) { found(i) }
	for _, r := range w.runs {
		s.within(r, runLetters, w.ending(r, s.tails, anyEnd))
	}
	covered := s.inHarmless(w)
	for i, x := range w.list {
		if !covered[i] { // controles of "controles médicos" is not controlé with an s
			s.within(x, longLetters, w.ending(x, s.tails, anyEnd))
		}
	}
	return first
}

// inHarmless tells which words of w are in a harmless phrase that w prints, nil when none.
func (s *avoidSet) inHarmless(w words) map[int]bool {
	var out map[int]bool
	for _, h := range s.harmless {
		if !strings.Contains(h, " ") {
			continue
		}
		for p := 0; ; {
			q := strings.Index(w.phrase[p:], " "+h+" ")
			if q < 0 {
				break
			}
			q += p
			first := strings.Count(w.phrase[:q+1], " ") - 1 // the index of the word at q+1
			for i := range strings.Count(h, " ") + 1 {
				if out == nil {
					out = map[int]bool{}
				}
				out[first+i] = true
			}
			p = q + 1
		}
	}
	return out
}

// ending is found, for a word found inside x ending at end, unless (in an address) it is
// not read as a word there (see runOn; tails as avoidSet's).
func (w words) ending(x string, tails bool, found func(i, end int)) func(i, end int) {
	if !w.address {
		return found
	}
	ends := []int{len(x)}
	if x == w.joined && len(w.ends) > 0 {
		ends = w.ends
	}
	return func(i, end int) {
		if runOn(x, end, ends) || tails && x == w.joined && shortTail(x, end, ends) {
			found(i, end)
		}
	}
}

// shortTail reports whether a word found inside x, a host's letters, ending at end has two
// consonants after it to the end of x's word it is in, as initials or a place's code
// (lakeview of lakeviewfc, lakeviewdv, hopeny), but for two that end words (start, growth,
// starch, hearth: star, grow and heart's words are others).
func shortTail(x string, end int, ends []int) bool {
	k, _ := slices.BinarySearch(ends, end)
	if k == len(ends) || ends[k]-end != 2 {
		return false
	}
	tail := x[end:ends[k]]
	return !strings.ContainsAny(tail, "aeiou0123456789") && !wordEndings.has(tail)
}

// wordEndings are the pairs of consonants that end English words (-th, -ch, -st, -nd, -ly):
// after a word of a name, they make another word of it.
var wordEndings = wordSet("th ch ck sh st nd ng nk rt rd ld lt nt ft pt ct ts ds rs ns ms ls ks ly ry ty dy gy ky sy wn rk rm rn lk lm lp mp sk sp")

// runOn tells whether a word found inside x (an address's or a campaign's words run together,
// ends where each of them ends) that ends at end is read as a word there: where it ends one of
// x's words (endabuse, truck-stop), digits follow it (abuse2027, harbourview2027) or another
// word starts after it (sexhelp, motelroom, endtraffickingnow); not as the start or the middle
// of a longer word (chape of chapel, rapto of raptors, rape of therapeutic, control of
// controllo).
func runOn(x string, end int, ends []int) bool {
	k, _ := slices.BinarySearch(ends, end)
	if k == len(ends) || ends[k] == end {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(x[end:]); unicode.IsDigit(r) {
		return true
	}
	for n := end + 3; n <= ends[k]; n++ {
		if joinedWords()[x[end:n]] {
			return true
		}
	}
	return false
}

// joinedWords are the words another word of an address or a campaign is known to be run into,
// of three letters or more: every built-in list's words, the topic abbreviations and the
// places copies hang (codeWords), the words of organisations' names (genericNameWords), and
// a few others such names are made of.
var joinedWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, ws := range []map[string]bool{codeWords(), genericNameWords()} {
		for w := range ws {
			if len(w) >= 3 {
				out[w] = true
			}
		}
	}
	for w := range strings.FieldsSeq("now today end stop line lines room info talk chat text call crisis center night day week") {
		out[w] = true
	}
	return out
})

// within tells found of each word of s of least letters or more (or unspaced) that x holds,
// unless a harmless word runs across its edge there.
func (s *avoidSet) within(x string, least int, found func(i, end int)) {
	if len(x) < 3 { // too short to hold one
		return
	}
	for p := 0; p+3 <= len(x); p++ {
		for _, i := range s.inside[x[p:p+3]] {
			if a := s.words[i]; (a.letters >= least || a.anywhere) && strings.HasPrefix(x[p:], a.joined) && !s.across(x, p, p+len(a.joined)) {
				found(i, p+len(a.joined))
			}
		}
	}
}

// across tells whether a harmless word in x runs across start or end.
func (s *avoidSet) across(x string, start, end int) bool {
	for _, h := range s.harmless {
		for q := max(0, start-len(h)+1); q < end && q+len(h) <= len(x); q++ {
			if f := q + len(h); (q < start && start < f || q < end && end < f) && strings.HasPrefix(x[q:], h) {
				return true
			}
		}
	}
	return false
}

// listKey is the language whose built-in list lang reads: its own, else its base language's
// (zh of zh-Hant, pt of pt-BR, es of es-419), by its two-letter code (tl of fil, its standard
// form; es of spa).
func listKey(lang string) string {
	if avoidDefaults()[lang] != nil {
		return lang
	}
	base, _, _ := strings.Cut(lang, "-")
	base = strings.ToLower(base)
	if two, ok := listCodes[base]; ok {
		return two
	}
	return base
}

// listCodes are the other codes (ISO 639-2 and 639-3, and the macrolanguages' members) of
// the languages with a built-in list.
var listCodes = map[string]string{
	"eng": "en", "spa": "es", "vie": "vi", "zho": "zh", "chi": "zh", "cmn": "zh", "yue": "zh", "kor": "ko",
	"ara": "ar", "arb": "ar", "apc": "ar", "arz": "ar", "ary": "ar", "acm": "ar", "ajp": "ar", "fra": "fr", "fre": "fr",
	"deu": "de", "ger": "de", "gsw": "de", "por": "pt", "rus": "ru", "hat": "ht", "fil": "tl", "tgl": "tl",
}

// avoidList is the language's words a discreet card must not print: the built-in ones for
// the language, with the content's discreet.avoid added (+ as in avoidDefaults) and its
// discreet.allow taken off, each with its forms. A language without a list of its own has only
// its content's; the words other lists share are looked for whole (see sharedWord).
func avoidList(lang string, d DiscreetText) *avoidSet {
	builtin := noWords
	if set := builtinSets()[listKey(lang)]; set != nil {
		builtin = set()
	}
	return withContents(builtin, lang, d)
}

// noWords is the built-in list of a language without one.
var noWords = newAvoidSet(nil, nil)

// linkList is what an address the discreet card opens must not say, read as the card's
// language reads it and as English (the web's), in every way avoidList's are; with the
// content's discreet.avoid added and discreet.allow taken off. Every other list's words are
// looked for whole (exactWord): inside a longer word, or a letter away, they are often an
// everyday word of another language (controllo, controle).
func linkList(lang string, d DiscreetText) *avoidSet {
	builtin := builtinSets()["en"]
	if set := linkSets()[listKey(lang)]; set != nil {
		builtin = set
	}
	return withContents(builtin(), lang, d)
}

// linkSets are each built-in list with English's, made the first time an address is read in
// that language.
var linkSets = sync.OnceValue(func() map[string]func() *avoidSet {
	out := map[string]func() *avoidSet{}
	for lang := range avoidDefaults() {
		out[lang] = sync.OnceValue(func() *avoidSet {
			en, own := builtinSets()["en"](), builtinSets()[lang]()
			if own == en {
				return en
			}
			hs := slices.Concat(own.harmless, en.harmless)
			slices.Sort(hs)
			// an address writes no accents: a form written with one that, without it, is a word
			// the English list leaves alone but in a phrase is read as that English word
			// (Spanish forcé, of forzar, as force, of "force you": www.airforce.com)
			ws := slices.DeleteFunc(slices.Clone(own.words), func(a avoidWord) bool {
				return a.joined != a.as && slices.Contains(phraseOnlyWords()["en"], a.joined)
			})
			// English first: a word both hold (abuse, abusé folded) is named as the English
			// one, as the address is in every language's run
			return newAvoidSet(slices.Concat(en.words, ws), slices.Compact(hs))
		})
	}
	return out
})

// exactList is words of the built-in lists as written (case folded, accents and tones kept),
// with the languages whose lists hold each, for finding them whole.
type exactList struct {
	whole    map[string]string // by words between single spaces: languages, comma-separated
	maxWords int
}

// exactLists are every built-in list's words (every) and those two lists or more share
// (shared: sex, trafficking, abuso, porno, grooming: the words a language without a list of its
// own borrows, and none of one language alone that is an everyday word of another, as viola
// and forza of Spanish are in Italian), read the first time they are needed from
// exact_lists.txt: making them from the lists' forms took 24 ms of every check of a user's
// content. TestExactListsFile holds the file to builtExactLists.
var exactLists = sync.OnceValue(func() struct{ every, shared exactList } {
	out := struct{ every, shared exactList }{exactList{whole: map[string]string{}}, exactList{whole: map[string]string{}}}
	for line := range strings.Lines(exactListsFile) {
		k, langs, _ := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		n := strings.Count(k, " ") + 1
		out.every.whole[k] = langs
		out.every.maxWords = max(out.every.maxWords, n)
		if strings.Contains(langs, ",") {
			out.shared.whole[k] = langs
			out.shared.maxWords = max(out.shared.maxWords, n)
		}
	}
	return out
})

//go:embed exact_lists.txt
var exactListsFile string

// exactSplit is s's words as exactList holds them: case folded, with their accents and tones.
func exactSplit(s string) []string {
	ws, _ := exactWords(s)
	return ws
}

// exactWords are s's words as exactSplit gives them, and which of them are written as a name:
// capitalised inside a sentence between words that are not (Ask for Viola or Esperanza), not
// its first word nor one of a Title Case run (Domestic Violence Line).
func exactWords(s string) (ws []string, names []bool) {
	s = norm.NFC.String(s)
	var caps []bool
	last := 0
	for i, j := range spans(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) }) {
		first, n := utf8.DecodeRuneInString(s[i:j])
		second, _ := utf8.DecodeRuneInString(s[i+n : j])
		caps = append(caps, unicode.IsUpper(first) && (i+n == j || unicode.IsLower(second)))
		names = append(names, len(ws) > 0 && !strings.ContainsAny(s[last:i], ".!?:;¿¡\n"))
		ws = append(ws, strings.ToLower(s[i:j]))
		last = j
	}
	for i := range names {
		names[i] = names[i] && caps[i] && !caps[i-1] && (i+1 == len(caps) || !caps[i+1])
	}
	return ws, names
}

// exactWord is the first word or phrase of l that text prints whole, as written, and that
// skip (when given) does not pass over, given the word, the languages whose lists hold it and
// whether it is one word written as a name (see exactWords).
func exactWord(text string, l exactList, skip func(word, langs string, name bool) bool) finding {
	ws, names := exactWords(text)
	for i := range ws {
		for j := min(len(ws), i+l.maxWords); j > i; j-- {
			k := strings.Join(ws[i:j], " ")
			if langs, ok := l.whole[k]; ok && (skip == nil || !skip(k, langs, j == i+1 && names[i])) {
				return finding{as: k, word: k, lang: langs}
			}
		}
	}
	return finding{}
}

// otherListsWord is the first word of a built-in list other than lang's (read in full, with
// the content's discreet.avoid and discreet.allow) that text prints whole, as written, unless
// discreet.allow takes it off, it is an everyday word in lang (everydayIn), or it is written as
// a name (Ask for Viola) and is no word of the English list, which cards of every language
// print as terms (Call our Hotline).
func otherListsWord(text, lang string, d DiscreetText) finding {
	key := listKey(lang)
	pass := map[string]bool{}
	for _, w := range d.Allow {
		pass[strings.Join(exactSplit(w.Text), " ")] = true
	}
	return exactWord(text, exactLists().every, func(word, langs string, name bool) bool {
		ls := strings.Split(langs, ",")
		return pass[word] || slices.Contains(ls, key) || everydayIn(key, word) || name && !slices.Contains(ls, "en")
	})
}

// everydayHere are words of another built-in list that are everyday words of a listed
// language, which its card prints whole in their own sense: Spanish control (of English) and
// abrigo (a coat; of Portuguese).
var everydayHere = map[string][]string{
	"es": {"control", "abrigo", "abrigos"},
}

// everydayIn tells whether word, of another built-in list, is an everyday word of the
// language whose list is key, printed in its own sense: one of everydayHere; for English and
// Spanish, one of their everyday words near a listed one (ordinaryNear: violet, viols); or
// of the family of a word key's list refuses only in a phrase, so that the list left the word
// alone and its other forms out on purpose (French force, of "te force": forcé, forces;
// Portuguese controla, of "te controla": controlamos). Its family is itself with an ending of
// at most three letters, or it without one, of five letters or more (not suicidio of
// "se suicider").
func everydayIn(key, word string) bool {
	f := fold(word)
	if slices.Contains(everydayHere[key], word) || (key == "en" || key == "es") && ordinary()[f] {
		return true
	}
	for _, v := range phraseOnlyWords()[key] {
		short, long := f, v
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 5 && strings.HasPrefix(long, short) && len(long)-len(short) <= 3 {
			return true
		}
	}
	return false
}

// phraseOnlyWords are, per built-in list, the words of its phrases (folded) that it does not
// refuse alone, made the first time they are needed.
var phraseOnlyWords = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for lang := range avoidDefaults() {
		set := builtinSets()[lang]()
		for _, a := range set.words {
			for v := range strings.FieldsSeq(a.key) {
				if _, alone := set.whole[v]; !alone && a.key != v && !slices.Contains(out[lang], v) {
					out[lang] = append(out[lang], v)
				}
			}
		}
	}
	return out
})

// sharedWord is the first word that two built-in lists or more share that text prints whole,
// as written: what a card in a language without a list of its own is checked for.
func sharedWord(text string) finding {
	return exactWord(text, exactLists().shared, nil)
}

// withContents is builtin with the content's discreet.avoid added and discreet.allow taken off.
func withContents(builtin *avoidSet, lang string, d DiscreetText) *avoidSet {
	key := listKey(lang)
	if len(d.Avoid) == 0 && len(d.Allow) == 0 {
		return builtin
	}
	var ws []avoidWord
	for _, w := range d.Avoid { // first: as the content writes them
		ws = append(ws, avoidWords(key, strings.TrimSpace(w.Text))...)
	}
	ws = append(ws, builtin.words...)
	allowed := map[string]bool{}
	for _, w := range d.Allow {
		allowed[strings.Join(split(w.Text).list, " ")] = true
	}
	ws = slices.DeleteFunc(ws, func(a avoidWord) bool { return allowed[a.key] || allowed[a.listed] })
	return newAvoidSet(ws, builtin.harmless)
}

// unlisted tells whether the language has neither a built-in list nor its own.
func unlisted(lang string, d DiscreetText) bool {
	return len(avoidDefaults()[listKey(lang)]) == 0 && len(d.Avoid) == 0
}

// builtinSets are the built-in lists by language, with their forms, folded and ready: once
// for the run, and only for the languages the run reads.
var builtinSets = sync.OnceValue(func() map[string]func() *avoidSet {
	out := map[string]func() *avoidSet{}
	for lang := range avoidDefaults() {
		out[lang] = sync.OnceValue(func() *avoidSet { return builtinSet(lang) })
	}
	return out
})

func builtinSet(lang string) *avoidSet {
	ws := make([]avoidWord, 0, 16*len(avoidDefaults()[lang]))
	for _, w := range avoidDefaults()[lang] {
		ws = append(ws, avoidWords(lang, w)...)
	}
	for i := range ws {
		ws[i].typo = slices.Contains(typoLanguages, lang)
	}
	var hs []string
	for _, h := range harmless()[lang] {
		for _, f := range forms(lang, h) {
			hs = append(hs, fold(f))
		}
	}
	slices.Sort(hs)
	return newAvoidSet(ws, slices.Compact(hs))
}

// discreetFields are what a discreet card prints, on both sides: the front's words, the text
// line, TTY or chat and 911 it shares with the card, and the back's heading, lines and note.
func discreetFields(t *Text) []diag.Located {
	d := t.Discreet
	out := []diag.Located{d.Headline, d.Subline, t.Card.Text, d.More, t.Card.Danger, d.BackTitle}
	out = append(out, d.BackLines...)
	return append(out, d.BackNote)
}

// discreetBackTitles are the discreet back's heading when text.yaml gives none: it says what
// the card offers, never whose line it is, and says the line is free or open at all hours only
// where the card's own texts already say so (a line open on weekdays is not 24/7 on its back).
var discreetBackTitles = map[string]backTitles{
	"en": {titles: [4]string{"Private support", "Free, private support", "Private support, 24/7", "Free, private support, 24/7"},
		free:   []string{"free", "no cost"},
		always: []string{"24/7", "24 hours", "24-hour", "round the clock", "around the clock", "day or night", "day and night", "any time", "anytime"}},
	"es": {titles: [4]string{"Apoyo privado", "Apoyo gratuito y privado", "Apoyo privado, 24/7", "Apoyo gratuito y privado, 24/7"},
		free:   []string{"gratis", "gratuito", "gratuita", "gratuitos", "gratuitas", "sin costo", "sin cargo"},
		always: []string{"24/7", "24 horas", "dia y noche", "dia o de noche", "dia o noche", "a toda hora", "a cualquier hora"}},
}

// backTitles are a language's discreet back headings and the words that make their claims.
type backTitles struct {
	titles       [4]string // claiming nothing, that the line is free, that it is always open, both
	free, always []string  // folded, each a word or words of its own in the card's folded texts
}

// title is the heading that claims only what the card's texts said.
func (b backTitles) title(said string) string {
	claims := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return wordIn(said, w) })
	}
	i := 0
	if claims(b.free) {
		i |= 1
	}
	if claims(b.always) {
		i |= 2
	}
	return b.titles[i]
}

// neutralBackTitle gives the discreet back its heading: the language's built-in one when
// text.yaml gives none, or gives the hotline's name (as content written before the back was
// checked did). A language without a built-in heading prints none.
func neutralBackTitle(lang string, t *Text) {
	d := &t.Discreet
	if d.BackTitle.Text != "" && d.BackTitle.Text != t.HotlineName.Text {
		return
	}
	titles, ok := discreetBackTitles[lang]
	if base, _, _ := strings.Cut(lang, "-"); !ok {
		titles, ok = discreetBackTitles[base]
	}
	title := ""
	if ok {
		var said []string // what the card prints but its heading
		for _, at := range discreetFields(t) {
			if at != d.BackTitle {
				said = append(said, fold(at.Text))
			}
		}
		title = titles.title(strings.Join(said, "\n"))
	}
	d.BackTitle = diag.Located{File: d.BackTitle.File, Line: d.BackTitle.Line, Field: "discreet.back_title", Text: title}
}

// formerDiscreetLines are back lines the built-in discreet card once printed, which told
// anyone who turned it over what it was for, and the neutral line that replaces each.
var formerDiscreetLines = map[string]string{
	"If someone controls your money, phone or ID, or makes you do things you do not want to do, you can get help.":                "Someone will listen, day or night.",
	"Si alguien controla tu dinero, tu celular o tus documentos, o te obliga a hacer cosas que no quieres, puedes recibir ayuda.": "Alguien te escucha, de día o de noche.",
	"Si alguien controla tu dinero, celular o documentos, o te obliga a hacer cosas que no quieres, puedes recibir ayuda.":        "Alguien te escucha, de día o de noche.",
}

// retiredLines warns of the texts content written for an earlier haven gives that print no
// more (handout.scan_note), so that it still loads and its author knows.
func retiredLines(t *Text) diag.Problems {
	var ws diag.Problems
	if n := t.Handout.ScanNote; n.Text != "" {
		ws.Add(n.File, n.Line, n.Field, "is no longer printed: the line under the QR code is the address it opens", "delete this line")
	}
	return ws
}

// neutralBackLines gives content that kept a former built-in discreet line (copied by haven
// init before it changed) the neutral line in its place, so the content still builds and the
// card no longer says what it is about; each is a warning.
func neutralBackLines(t *Text) diag.Problems {
	var ws diag.Problems
	for i, l := range t.Discreet.BackLines {
		if now, ok := formerDiscreetLines[l.Text]; ok {
			ws.Add(l.File, l.Line, l.Field, fmt.Sprintf("haven's former discreet line says what the card is about; it prints %q instead", now),
				"write a neutral line of your own (what the caller can expect, never what happens to them)")
			t.Discreet.BackLines[i].Text = now
		}
	}
	return ws
}

// neutralExamples are neutral headlines in the languages with built-in word lists, for hints.
var neutralExamples = map[string]string{"en": "Need to talk?", "es": "¿Necesitas hablar?", "fr": "Besoin de parler ?", "de": "Möchtest du reden?",
	"pt": "Precisa conversar?", "vi": "Cần người lắng nghe?", "ko": "이야기 나누고 싶으신가요?", "ru": "Нужно поговорить?",
	"ar": "هل تحتاج إلى التحدث؟", "ht": "Ou bezwen pale?", "tl": "Kailangan mo ng kausap?"}

// neutralExample is a neutral headline in lang to quote in a hint, " (...)", or "" for a
// language without one: an example in another language would not help.
func neutralExample(lang string) string {
	if ex, ok := neutralExamples[listKey(lang)]; ok {
		return fmt.Sprintf(" (%q)", ex)
	}
	return ""
}

// checkDiscreet refuses a discreet card that prints a revealing word, in any case, with or
// without accents, however disguised (see fold and words.avoided), naming the word, the field
// and its line; and, unless the content asks for them (discreet.show_names), one that prints
// the hotline's name, the organisation's name or the domain of a revealing site. names are
// those, as printed (sites as their registrable domain, see revealing). A name printed on
// purpose may hold a word of the list (National Human Trafficking Hotline); the rest of the
// text may not. keyword is the word to text: where it is what says so, it is named at its own
// line, once, not at each text that prints it.
func checkDiscreet(file, lang string, t *Text, keyword diag.Located, names ...string) diag.Problems {
	fields := discreetFields(t)
	ps := discreetKeyword(file, lang, t, keyword, fields)
	if len(ps) > 0 {
		for i := range fields {
			fields[i].Text = withoutWord(fields[i].Text, keyword.Text)
		}
	}
	return append(ps, checkNeutral(file, lang, t, fields, "on the discreet card", names)...)
}

// discreetKeyword refuses a word to text that a text of the discreet card prints and that
// says what the line is about: read as a word, and as an address's words are (see
// addressWords), since a keyword runs its words together in capitals, ABUSEHELP, where a word
// inside a longer one is otherwise found only when it is long (suicide in SUICIDEHELP, not
// abuse in ABUSEHELP). Read as an address is, with English's words too (linkList): the word
// to text of settings.yaml is the same for every edition, and said once for all of them.
func discreetKeyword(file, lang string, t *Text, k diag.Located, fields []diag.Located) diag.Problems {
	f := fold(k.Text)
	i := slices.IndexFunc(fields, func(l diag.Located) bool { return f != "" && withoutWord(l.Text, k.Text) != l.Text })
	if i < 0 {
		return nil
	}
	avoid := linkList(lang, t.Discreet)
	fd := avoid.revealed(split(k.Text), k.Text, nil)
	if fd.word == "" {
		fd = avoid.revealed(addressWords(f, ""), k.Text, nil)
	}
	// a word of three letters, which an address's run is not read for (essex.org), run into a
	// word it is known to be run into: SEXHELP, HELPSEX (not SEXTON)
	known := func(w string) bool { return joinedWords()[w] || w != "" && strings.Trim(w, "0123456789") == "" }
	for _, a := range avoid.words {
		if j := a.joined; fd.word == "" && len(j) == 3 && ascii(j) && len(f) > 3 && (strings.HasPrefix(f, j) && known(f[3:]) || strings.HasSuffix(f, j) && known(f[:len(f)-3])) {
			fd = finding{as: k.Text, word: a.as, lang: a.lang, inside: true}
		}
	}
	if fd.word == "" {
		return nil
	}
	if fold(fd.as) == f {
		fd.as = k.Text // as written, CONTROL
	} else if strings.Contains(f, fold(fd.as)) {
		fd.as, fd.inside = k.Text, true
	}
	q := fd.quoted("en")
	textFile := path.Join(path.Base(path.Dir(file)), path.Base(file))
	where, allow := "in "+textFile+", for this language's cards, or as hotline.keyword in settings.yaml", fd.allow(textFile)
	if path.Base(k.File) == "settings.yaml" {
		where, allow = "here, or in a language's text.yaml as keyword:, for that language's cards", fd.allow("each language's text.yaml")
	}
	var p diag.Problems
	p.Add(k.File, k.Line, k.Field, fmt.Sprintf("the word to text, %s, prints on the discreet card (%s)%s", q, fields[i].Field, fd.why()),
		"if the line also takes a word that says nothing of what it is about, give it "+where+allow)
	return p
}

// withoutWord is s without the word w wherever it stands alone, as written: the word to text in
// its capitals, not a sentence's "Abuse is never your fault", which is checked as ever.
func withoutWord(s, w string) string {
	var b strings.Builder
	last := 0
	for i, j := range spans(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		if s[i:j] == w {
			b.WriteString(s[last:i])
			last = j
		}
	}
	return b.String() + s[last:]
}

// discreetMore gives the discreet card its TTY or chat line when text.yaml gives it none of
// its own: card.more, when it passes on the discreet card, or else none, with a warning. A
// chat address on the line's own site (lifeline.org.au/crisis-chat) belongs on the ordinary
// cards and would say on the discreet one whose line it is: refusing card.more would leave
// the user to choose between the two.
func discreetMore(file, lang string, t *Text, names []string) diag.Problems {
	d, more := &t.Discreet, t.Card.More
	if d.More.Text != "" || more.Text == "" {
		return nil
	}
	ps := checkNeutral(file, lang, t, []diag.Located{more}, "on the discreet card", names)
	if len(ps) == 0 {
		d.More = more
		return nil
	}
	var w diag.Problems
	w.Add(more.File, more.Line, more.Field, "left out of the discreet card, as it "+strings.Replace(ps[0].Msg, "prints ", "would print ", 1),
		"to print a neutral line there, write one under discreet: as more: ...")
	return w
}

// checkNeutralTitle refuses, with site: discreet, a language's own neutral_title (the title of
// its page, and of the PDFs it links, in a phone's tabs and history) that says what the page
// is about or whose it is, as checkDiscreet does the card.
// A title may not print one of the line's numbers (nums) either.
func checkNeutralTitle(file, lang string, t *Text, nums []Number, names ...string) diag.Problems {
	title := t.Site.NeutralTitle
	if title.Text == "" { // haven's own
		return nil
	}
	if w, n := numberIn(title.Text, nums); w != "" {
		var ps diag.Problems
		ps.Add(title.File, title.Line, title.Field, fmt.Sprintf("prints %s as the discreet page's title, which must not say whose line it is", n.writtenAs(w)),
			"leave the number out: the page prints it, and its title stays in the phone's tabs and history")
		return ps
	}
	return checkNeutral(file, lang, t, []diag.Located{title}, "as the discreet page's title", names)
}

// checkTabs finds a revealing word on the tear-off flyer's tabs (poster.tab, and the text line
// each carries too), as checkNeutral finds one on the discreet card: a tab is the piece of the
// flyer taken home, and kept where whoever checks a pocket or a bag may find it.
func checkTabs(file, lang string, t *Text) diag.Problems {
	return checkNeutral(file, lang, t, []diag.Located{t.Poster.Tab, t.Poster.Text}, "on every tear-off tab someone carries home", nil)
}

// genericNameWords are words of an organisation's or a hotline's name that say nothing of
// whose it is, so that a neutral title or card may print them: articles, linking words, what
// kind of body it is (Center, Services, Coalition, House, Place: many shelters are a House;
// Human Services), what a line is and how it is reached (the Crisis Text Line's card says
// "Text", a line's says "call"), and everyday words a neutral card needs (help, free, safe,
// people), in the languages haven's users most often print besides English and Spanish:
// French, Portuguese, German, Vietnamese (its syllables, as it writes them apart), Haitian
// Creole, Tagalog, Somali, Greek, Turkish, Arabic, Persian, Urdu, Sinhala, Hindi, Russian and
// Ukrainian ("moun" of "Liy Nasyonal Kont Trafik Moun"
// is "people", "người" of "Đường dây nóng Quốc gia Chống Buôn bán Người" too). Any other word of
// the name is distinctive (Haven of The Mission Haven, YWCA, Sojourner of Sojourner Center,
// Harbour of Harbour Lights, 한울 of 한울 쉼터) where it is long enough to be (distinctive);
// shorter ones are linking words (با, کے).
var genericNameWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(`the a an of and for to in on at by with our your
		de del la las el los y e para en con le les des du et au aux der die das und fur von
		inc llc ltd co corp org center centre centers centro services service servicios
		program programs programa project proyecto association asociacion society foundation
		fundacion fund network red coalition coalicion alliance alianza council committee
		department county city state national nacional regional community comunidad
		communities family families familia women womens mujeres youth help ayuda free safe
		safety support apoyo care health new united house houses home homes place casa hogar
		lugar maison haus against contra human humanos people persons personas line lines
		linea text texto call llamada chat talk helpline helplines hotline hotlines lifeline
		disque ligue numero number
		ligne nationale contre aide personnes humains humaine humain écoute ecoute appel femmes jeunes
		linha nacional ajuda pessoas humanos apoio centro da do das dos para com
		hilfe gegen menschen telefon nationale
		người đường dây nóng quốc gia chống hỗ trợ tâm và của cho tổng đài
		moun liy nasyonal kont èd sant pou yon nan ak
		linya pambansa laban tao tulong mga para
		khadka qaran caawimo dadka iyo xarunta soo
		για την της του των και στο στη στην με από γραμμή εθνική βοήθεια κέντρο ανθρώπων
		destek hattı hat merkezi merkez ulusal yardım için insan
		خط الوطني الوطنية ضد مساعدة الإنسان الانسان البشر على مركز لمكافحة
		ملی مقابله انسان کمک برای مرکز
		لائن قومی خلاف انسانی مدد مرکز
		ක්ෂණික ඇමතුම් ඇමතුම අංකය අංක ජාතික උදව් සහාය දුරකථන
		राष्ट्रीय हेल्पलाइन सहायता मदद नंबर केंद्र फोन लाइन
		горячая горячую линия линию телефон доверия помощь помощи центр национальная
		гаряча гарячу лінія лінію телефон довіри допомога допомоги центр національна`) {
		out[strings.ToLower(norm.NFC.String(w))] = true // as written: Vietnamese dây is no English day
	}
	return out
})

// genericWord reports whether a word of a name, folded as f and written as written (words.add),
// is one of genericNameWords: as it is written, accents and tones and all, or by its letters
// alone where the list writes it in ASCII (für as fur), never a word of the list written with
// accents by the letters it folds to (Vietnamese dây is no English day).
func genericWord(f, written string) bool {
	return genericNameWords()[written] || genericNameWords()[f]
}

// nameWord reports whether a word of a name, folded as f and written as written, says whose
// the name is: distinctive, and not one of genericNameWords.
func nameWord(f, written string) bool {
	return distinctive(f) && !genericWord(f, written)
}

// ownName is a name whose words (nameWord) say whose a card, a page or an address is, and
// whose name it is.
type ownName struct{ whose, name string }

// ownNames are the organisation's name, as settings.yaml and text.yaml write it, and the
// hotline's.
func ownNames(s Settings, t *Text) []ownName {
	return []ownName{{"the organisation's name", s.Organisation.Name.Text}, {"the organisation's name", t.Organisation.Name.Text}, {"the hotline's name", t.HotlineName.Text}}
}

// nameWordSet is the words of the organisation's and the hotline's names that checkNameWords
// refuses in a card's headline (nameWord), to be looked for in an address or a campaign as a
// revealing word is (words.avoided): whole (harbourview.example.org, /sos-line,
// harbourview-2027), or run into another where it ends a word or another starts after it.
// own are the registrable domains of the organisation's sites (ownSites): such a domain may
// hold such a word (missionhaven.org), and is refused, where it must be, as a site of
// revealing; where it may be used (resource_url), its name is no finding.
type nameWordSet struct {
	set *avoidSet
	of  map[string]ownName // by the word, folded
	own []string
}

// nameWordsOf is the nameWordSet of the names of s and t, in language lang: a word of a name
// is not found across the edge of a word an address in lang holds harmlessly, as a revealing
// word is not (trata, of a hotline's name, in retrato or contrata).
func nameWordsOf(s Settings, t *Text, lang string) *nameWordSet {
	nw := &nameWordSet{of: map[string]ownName{}, own: ownSites(s)}
	var ws []avoidWord
	for _, n := range ownNames(s, t) {
		sp := split(n.name)
		for k, word := range sp.list {
			if _, dup := nw.of[word]; dup || !nameWord(word, sp.written[k]) {
				continue
			}
			nw.of[word] = n
			ws = append(ws, avoidWord{as: word, key: word, joined: word, listed: word, letters: utf8.RuneCountInString(word)})
		}
	}
	nw.set = newAvoidSet(ws, linkList(lang, t.Discreet).harmless)
	nw.set.tails = true
	return nw
}

// in is the word of nw that w holds (see nameWordSet), "" when none, with the name it is of.
func (nw *nameWordSet) in(w words) (string, ownName) {
	if nw == nil {
		return "", ownName{}
	}
	a := w.avoided(nw.set)
	return a.as, nw.of[a.key]
}

// inAddress is the word of nw that an address holds (see addressWords), on the site host (its
// registrable domain) whose labels before the public suffix are label: on one of the
// organisation's own sites, only in its subdomains and its path (see nameWordSet).
func (nw *nameWordSet) inAddress(host, label, rest string) (string, ownName) {
	if nw != nil && slices.Contains(nw.own, host) {
		label = label[:max(0, strings.LastIndex(label, "."))]
	}
	return nw.in(addressWords(label, rest))
}

// distinctive reports whether a word of a name is long enough to say whose it is: three letters
// or more, or, in a script that writes a word in one or two characters (Chinese, Japanese,
// Korean: 한울), two.
func distinctive(f string) bool {
	n := utf8.RuneCountInString(f)
	if strings.ContainsFunc(f, wideLetter) {
		return n >= 2
	}
	return n >= 3
}

// checkNameWords finds, unless discreet.show_names asks for names, each field of the discreet
// card or a page's neutral title that prints a distinctive word of the organisation's name (as
// settings.yaml and text.yaml write it) or of the hotline's: "Haven tips" says whose it is as
// surely as "The Mission Haven", and so does "Text HARBOUR to 85258" from Harbour Lights, the
// word to text among its words. A field checkNeutral refused (refused: a whole name, a
// revealing word) is told once, as it was.
func checkNameWords(s Settings, t *Text, fields []diag.Located, where string, refused diag.Problems) diag.Problems {
	if t.Discreet.ShowNames {
		return nil
	}
	names := ownNames(s, t)
	keyword := split(s.Hotline.Keyword.Text).list
	var ps diag.Problems
	for _, f := range fields {
		if f.Text == "" || slices.ContainsFunc(refused, func(p diag.Problem) bool { return p.Field == f.Field && p.Line == f.Line }) {
			continue
		}
		w := split(f.Text)
	names:
		for _, n := range names {
			nw := split(n.name)
			for k, word := range nw.list {
				if !nameWord(word, nw.written[k]) || !w.hasWord(word, nw.written[k]) {
					continue
				}
				hint := "say it another way (words such as Center, Services or Coalition are not counted); if it is an everyday word of the language that names no one, write discreet: show_names: true in text.yaml, and make sure no line of the card names the organisation or the hotline, as haven then checks names no more"
				if slices.Contains(keyword, word) {
					hint = fmt.Sprintf("%s is the word to text: if the line also takes one that names no one, give that as hotline.keyword in settings.yaml (or as keyword: in text.yaml, for this language alone); else write discreet: show_names: true in text.yaml to print it on purpose", s.Hotline.Keyword.Text)
				}
				ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q, a word of %s %q, %s, which must not say whose line it is", written(f.Text, word), n.whose, n.name, where), hint)
				break names
			}
		}
	}
	return ps
}

// checkNeutral refuses fields that print a revealing word or, unless discreet.show_names asks
// for them, a name, where.
//
// A card is often bilingual or part-translated ("Abuse? Call us." on an Arabic card, "línea
// contra la trata" on an English one): a language with a list of its own reads it in every way
// (see words.avoided) and every other list's words whole, as written (otherListsWord); read
// in every way, another list's words are found inside this language's everyday ones (control
// in controles, kontrol). One without reads only the words the lists share, whole: its everyday
// words hold other lists' (Italian controllo, viola).
func checkNeutral(file, lang string, t *Text, fields []diag.Located, where string, names []string) diag.Problems {
	avoid := avoidList(lang, t.Discreet)
	var ps diag.Problems
	textFile := path.Join(path.Base(path.Dir(file)), path.Base(file))
	own := avoidDefaults()[listKey(lang)] != nil
	ns := namesOf(names)
	for _, f := range fields {
		w := split(f.Text)
		name := namedIn(w, ns)
		if name.as != "" && !t.Discreet.ShowNames {
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %s %s, which must not say whose line it is", quoted(name.printedIn(f.Text), name.as), where),
				"leave the name out, or write discreet: show_names: true in "+textFile+" to print it on purpose")
			continue
		}
		var printed []aName // on purpose (show_names)
		for ; name.as != ""; name = namedIn(w, ns) {
			w = w.without(name.words)
			printed = append(printed, name)
		}
		fd := avoid.revealed(w, f.Text, inName(printed))
		if fd.word == "" && !own {
			fd = sharedWord(f.Text)
		} else if fd.word == "" {
			fd = otherListsWord(f.Text, lang, t.Discreet)
		}
		if fd.word != "" {
			q := fd.quoted(lang)
			if strings.Contains(q, ", ") { // "controllo", which holds "control",
				q += ","
			}
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %s %s%s", q, where, fd.why()),
				"choose neutral words"+neutralExample(lang)+fd.allow(textFile))
		} else if m := capsAbbreviationRE().FindStringSubmatch(f.Text); m != nil && listKey(lang) == "en" {
			ab := cmp.Or(m[1], m[2])
			ps.Add(f.File, f.Line, f.Field, fmt.Sprintf("prints %q %s, which those who know the field read as what the card is about", ab, where),
				"choose neutral words"+neutralExample(lang))
		}
	}
	return ps
}

// capsAbbreviationRE finds, in an English card's words, HT and SA (human trafficking, sexual
// assault) written in capitals, with or without dots, as the field writes them; the list's
// other abbreviations (DV, DMST) are found in any case already. Other languages write these
// letters as words of their own (Tagalog sa, French HT, Spanish S.A.), and an address may hold
// them as other things (/ht for Haitian Creole pages): those are left alone.
var capsAbbreviationRE = lazyRE(`(?:^|[^\pL\pN./])(?:(H\.T\.|S\.A\.)|(HT|SA)(?:[^\pL\pN/]|$))`)

// quoted is the word found as written and, when read otherwise, as read, with the list it is
// a word of when that is not lang's (the card's; for an address, read in every language's run,
// English, the web's): "controllo", which holds "control", a word of the English list.
func (fd finding) quoted(lang string) string {
	q := quoted(fd.as, fd.word)
	if fd.inside {
		q = fmt.Sprintf("%q, which holds %q", fd.as, fd.word)
	}
	if fd.lang == "" || lang != "" && fd.lang == listKey(lang) {
		return q
	}
	var ls []string
	for l := range strings.SplitSeq(fd.lang, ",") {
		if name := languageName(l); name != "" { // not the content's own discreet.avoid
			ls = append(ls, name)
		}
	}
	switch len(ls) {
	case 0:
		return q
	case 1:
		return fmt.Sprintf("%s, a word of the %s list", q, ls[0])
	}
	return fmt.Sprintf("%s, a word of the %s and %s lists", q, strings.Join(ls[:len(ls)-1], ", "), ls[len(ls)-1])
}

// why says why fd is refused: a phrase (your phone, makes you) is often meant otherwise, and
// is refused all the same, for whoever finds the card reads it so.
func (fd finding) why() string {
	if strings.Contains(fd.word, " ") {
		return ": whoever finds the card, even someone who checks the phone it is kept with, may read it as saying what the card is about, whatever it means here"
	}
	return ", which must not say what it is about"
}

// allow says how to print fd on purpose (not an abbreviation: never printed so), and where
// words are added to the ones refused.
func (fd finding) allow(textFile string) string {
	if fd.abbr {
		return "; discreet.avoid in " + textFile + " adds words to the ones refused"
	}
	return fmt.Sprintf(", or, to print it on purpose, add '- %s' under discreet.allow in %s; discreet.avoid there adds words to the ones refused", fd.word, textFile)
}

// inName tells whether a word as read is inside one of names, run together: a name printed on
// purpose (Anti-Trafficking Center) may hold a word of the list.
func inName(names []aName) func(string) bool {
	return func(word string) bool {
		for _, n := range names {
			if strings.Contains(strings.Join(n.words, ""), word) {
				return true
			}
		}
		return false
	}
}

// articles are the words a name may start with that a card may leave out: "Mission Haven" is
// "The Mission Haven".
var articles = map[string]bool{"the": true, "a": true, "an": true, "el": true, "la": true, "los": true, "las": true,
	"le": true, "les": true, "l": true, "der": true, "die": true, "das": true, "il": true, "lo": true, "o": true, "os": true}

// nameLetters are the letters a name or domain must have to be found run together inside
// longer words (#MissionHaven, missionhaven.org); a shorter one is found as whole words.
const nameLetters = 6

// nameWords are the words a name is found by, folded: without a leading article; a domain's
// (a name with a dot and no space) without its suffix (stopit-ohio of stopit-ohio.org), and
// none for a domain of digits alone (1737.org.nz), which names the line by the number the
// discreet card prints anyway.
func nameWords(n string) []string {
	nw := split(n).list
	if domain := strings.Contains(n, ".") && !strings.ContainsFunc(n, unicode.IsSpace); domain {
		if suffix, _ := publicsuffix.PublicSuffix(n); suffix != n {
			ws := split(strings.TrimSuffix(n, "."+suffix)).list
			if !slices.ContainsFunc(ws, func(w string) bool { return strings.ContainsFunc(w, unicode.IsLetter) }) {
				return nil
			}
			return ws
		}
	} else if len(nw) > 1 && articles[nw[0]] {
		return nw[1:]
	}
	return nw
}

// aName is a name as printed, with the words it is found by (nameWords).
type aName struct {
	as    string
	words []string
}

// namesOf readies names for namedIn: each split once, not once per field it is looked for in.
func namesOf(names []string) []aName {
	out := make([]aName, len(names))
	for i, n := range names {
		out[i] = aName{n, nameWords(n)}
	}
	return out
}

// namedIn is the first of names that w prints, "" when none: a name by its words in a row,
// with any spaces between, or run together when it is long enough; or two or more of its
// words in a row run together inside one word (Casaesperanza, Esperanzadelvalle of Casa
// Esperanza del Valle), long enough and holding a word that says whose it is (nameWord), as
// those words alone, its words, are found (casadel says nothing).
func namedIn(w words, names []aName) aName {
	for _, n := range names {
		joined := strings.Join(n.words, "")
		if len(n.words) > 0 && (w.hasPhrase(n.words) || utf8.RuneCountInString(joined) >= nameLetters && strings.Contains(w.letters, joined)) {
			return n
		}
	}
	for _, n := range names {
		for k := len(n.words) - 1; k >= 2; k-- {
			for a := 0; a+k <= len(n.words); a++ {
				run := n.words[a : a+k]
				joined := strings.Join(run, "")
				if utf8.RuneCountInString(joined) < nameLetters || !slices.ContainsFunc(run, func(f string) bool { return nameWord(f, "") }) {
					continue
				}
				if slices.ContainsFunc(w.list, func(f string) bool { return strings.Contains(f, joined) }) ||
					slices.ContainsFunc(w.runs, func(f string) bool { return strings.Contains(f, joined) }) {
					return aName{n.as, run}
				}
			}
		}
	}
	return aName{}
}

// printedIn is the words of text, as written, that namedIn found n in: n itself, in any case,
// else the fewest words in a row whose letters hold n's words run together ("Harbor House", of
// harborhouse.org), or n as given where none do.
func (n aName) printedIn(text string) string {
	s := norm.NFKC.String(text)
	for i := 0; i+len(n.as) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(n.as)], n.as) {
			return s[i : i+len(n.as)]
		}
	}
	joined := strings.Join(n.words, "")
	var ws [][2]int
	for i, j := range spans(s, wordRune) {
		ws = append(ws, [2]int{i, j})
	}
	for k := 1; k <= len(ws); k++ {
		for a := 0; a+k <= len(ws); a++ {
			var letters strings.Builder
			for _, w := range ws[a : a+k] {
				letters.WriteString(fold(s[w[0]:w[1]]))
			}
			if strings.Contains(letters.String(), joined) {
				return s[ws[a][0]:ws[a+k-1][1]]
			}
		}
	}
	return n.as
}

// without is w with the words ws taken out where they are whole words in a row, and, when
// they are long enough to be found so (nameLetters), run together inside words; a NUL, which
// no word holds, marks where, so that taking them out makes no new ones.
func (w words) without(ws []string) words {
	joined := strings.Join(ws, "")
	cut := func(s string) string {
		if utf8.RuneCountInString(joined) < nameLetters {
			return s
		}
		return strings.ReplaceAll(s, joined, "\x00")
	}
	if joined == "" {
		return w
	}
	out := words{letters: cut(w.letters)}
	for i := 0; i < len(w.list); i++ {
		if i+len(ws) <= len(w.list) && slices.Equal(w.list[i:i+len(ws)], ws) {
			i += len(ws) - 1
			continue
		}
		out.list = append(out.list, cut(w.list[i]))
		out.written = append(out.written, w.written[i])
	}
	for _, r := range w.runs {
		out.runs = append(out.runs, cut(r))
	}
	out.phrase = " " + strings.Join(out.list, " ") + " "
	return out
}

// registrable is the part of a host that names its owner: humantraffickinghotline.org for
// www.humantraffickinghotline.org and chat.humantraffickinghotline.org.
func registrable(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return strings.TrimPrefix(host, "www.")
}

// siteLabels are host's registrable domain and every label of host before its public suffix,
// as an address is read for words: a subdomain says as much as the domain or the path
// (trafficking.example.org, dv.example.org), and a phone shows it whole.
func siteLabels(host string) (domain, labels string) {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return registrable(host), strings.TrimSuffix(host, "."+publicSuffix(host))
}

// hostOf is the registrable domain of an address, "" when it has none.
func hostOf(u string) string {
	if p, err := url.Parse(u); err == nil && p.Hostname() != "" {
		return registrable(p.Hostname())
	}
	return ""
}

// checkDiscreetLinks refuses what the discreet card's QR code would carry into the phone's
// history that says what it is about or whose it is: cards.discreet_url on a revealing site or
// with a revealing word or abbreviation in its address (discreetURL is where it was set). The
// campaign is not checked: the discreet card's link carries it only as an opaque code.
func checkDiscreetLinks(lang string, t *Text, discreetURL diag.Located, names []string, nums []Number, nw *nameWordSet) diag.Problems {
	if discreetURL.Text == "" {
		return nil
	}
	avoid, ns := linkList(lang, t.Discreet), namesOf(names)
	msg, named, abbr := revealingLink(discreetURL.Text, lang, t.Discreet.ShowNames, avoid, ns, nw, "the discreet card prints it")
	if msg == "" {
		if t.Discreet.ShowNames {
			ns = nil
		}
		msg, named = carriesOwn(discreetURL.Text, ns, nums, "the discreet card prints it")
	}
	if msg == "" {
		return nil
	}
	hint := discreetHint
	if named {
		hint += ", that leads to the help page; or write discreet: show_names: true in each language's text.yaml"
	} else if !abbr {
		hint += ", or, to keep it, add the word under discreet.allow in each language's text.yaml"
	}
	var ps diag.Problems
	ps.Add(discreetURL.File, discreetURL.Line, discreetURL.Field, msg, hint)
	return ps
}

// revealingLink is what address says of what it leads to or (unless showNames) whose it is:
// one of names, or a word of a name (nw, nil for none), a message ending in shows, what
// prints or opens it (the discreet card prints it); and whether that is a name or an
// abbreviation; "" when nothing.
func revealingLink(address, lang string, showNames bool, avoid *avoidSet, names []aName, nw *nameWordSet, shows string) (msg string, named, abbr bool) {
	u, err := url.Parse(address)
	if err != nil {
		return "", false, false
	}
	host, label := siteLabels(u.Hostname())
	address = strconv.Quote(address)
	if shown, err := idna.Punycode.ToUnicode(label); err == nil && shown != label { // as a phone shows it: xn--trfficking-t4a is tráfficking
		address = fmt.Sprintf("%s (shown as %s)", address, strings.Replace(address, label, shown, 1))
		label = shown
	}
	rest := unescaped(u)
	text := label + " " + rest
	if name := namedIn(split(label), names); name.as != "" && !showNames {
		if namedIn(split(strings.TrimSuffix(host, "."+publicSuffix(host))), names).as == "" {
			host = strings.ToLower(u.Hostname()) // the name is in a subdomain
		}
		return fmt.Sprintf("opens %s, which names %q: %s, and the phone's history keeps it", host, name.as, shows), true, false
	}
	w := addressWords(label, rest)
	fd := avoid.revealed(w, text, nil)
	if fd.word == "" {
		// another list's word passes where it is an everyday word of the card's language or of
		// English, the web's (forces, in an English edition's /forces)
		fd = exactWord(text, exactLists().every, func(word, _ string, _ bool) bool {
			return everydayIn(listKey(lang), word) || everydayIn("en", word)
		})
	}
	if fd.word == "" {
		if a, in := abbreviationRunIn(split(label + " " + rest).list); a != "" { // the host's words as written, not run together with www
			fd = finding{as: in, word: a, abbr: true}
		}
	}
	if fd.abbr {
		return fmt.Sprintf("%s says %s, which those who know the field read as what it is about: %s, and the phone's history keeps it", address, quoted(fd.as, fd.word), shows), false, true
	} else if fd.word != "" {
		return fmt.Sprintf("%s says %s: %s, and the phone's history keeps it", address, fd.quoted("en"), shows), false, false
	}
	if word, n := nw.inAddress(host, label, rest); word != "" && !showNames {
		return fmt.Sprintf("%s says %q, a word of %s %q: %s, and the phone's history keeps it", address, word, n.whose, n.name, shows), true, false
	}
	return "", false, false
}

// addressWords are an address's words as they are looked for: label, its host's labels before
// the public suffix, each and run together, and rest, its path, query and fragment; each word
// also read as written run together, where a word inside it ends it or another starts after
// it (runOn).
func addressWords(label, rest string) words {
	site := split(label)
	w := split(site.letters + " " + label + " " + rest).runsAll()
	w.address, w.joined, w.ends = true, site.letters, partEnds(site.list)
	return w
}

// partEnds are where each of parts ends in them run together.
func partEnds(parts []string) []int {
	out := make([]int, len(parts))
	n := 0
	for i, p := range parts {
		n += len(p)
		out[i] = n
	}
	return out
}

// discreetHint is what to write as cards.discreet_url: what makes an address neutral, not an
// address to copy (one on example.org opens nothing: reservedHost).
const discreetHint = "use a neutral address you control, on a site whose name says nothing of the hotline or your organisation"

// checkExitLink refuses a quick exit (site.exit_url) whose address names the hotline or the
// organisation, or says what the page is about, read as cards.discreet_url's is (words run
// together in it where they end a word or another starts after it: endabuse.org): the exit
// puts it on the screen and in the history, the opposite of what it is for.
func checkExitLink(lang string, t *Text, exit diag.Located, names []string, nums []Number, nw *nameWordSet) diag.Problems {
	const shows = "the quick exit opens it in place of the page"
	msg, _, _ := revealingLink(exit.Text, lang, false, linkList(lang, t.Discreet), namesOf(names), nw, shows)
	if msg == "" {
		msg, _ = carriesOwn(exit.Text, namesOf(names), nums, shows)
	}
	if msg == "" {
		return nil
	}
	var ps diag.Problems
	ps.Add(exit.File, exit.Line, exit.Field, msg, "choose an everyday site with nothing to do with the hotline, e.g. https://www.weather.gov, or leave exit_url empty for the built-in one")
	return ps
}

// topicAbbreviations are the field's short names for what the discreet card is about
// (domestic violence, intimate partner violence, domestic minor sex trafficking, ...), read
// only as whole words: in an address they say as much as the words they stand for. HT and SA
// are left out: they are also language and country codes (Haitian Creole, Saudi Arabia) that
// an address of these organisations carries; and so is CSA (child sexual abuse), which on a
// card or in an address is read first as community-supported agriculture, a farm's share
// (csa.greenvalleyfarm.org, /csa), and was refusing a partner's everyday site.
var topicAbbreviations = []string{"cse", "csec", "cst", "dmst", "dv", "gbv", "ipv", "vaw", "vawg"}

// abbreviation is the first of words that is a topic abbreviation, or "".
func abbreviation(words []string) string {
	for _, w := range words {
		if slices.Contains(topicAbbreviations, w) {
			return w
		}
	}
	return ""
}

// abbreviationRunIn is a topic abbreviation run into one of an address's words, and that word:
// at its end after a word addresses are made of (stopdv, endipv), or at its start before one
// (dvhelp, ipvcenter). CSE, CST and VAW are read whole only: run into a
// word, they are as often an accident of its letters.
func abbreviationRunIn(ws []string) (abbr, in string) {
	for _, w := range ws {
		for _, a := range []string{"dv", "ipv", "gbv", "dmst", "csec", "vawg"} {
			// after a word addresses are made of (stopdv, talkdv, endipv; not davidv, legaladv),
			// or before one (dvhelp); after a name's, the name's words find it (lakeviewdv)
			before := strings.TrimSuffix(w, a)
			if len(before) < len(w) && joinedWords()[before] || strings.HasPrefix(w, a) && joinedWords()[w[len(a):]] {
				return a, w
			}
		}
	}
	return "", ""
}

// unescaped is the path, query and fragment of u as read.
func unescaped(u *url.URL) string {
	s, err := url.QueryUnescape(u.EscapedPath() + " " + u.RawQuery + " " + u.Fragment)
	if err != nil {
		return u.Path + " " + u.RawQuery + " " + u.Fragment
	}
	return s
}

// runsAll reads every word of w as written run together: an address or a campaign name
// (humantraffickinghotline, sexhelp) has no spaces to go by.
func (w words) runsAll() words {
	w.runs = append(slices.Clone(w.runs), w.list...)
	return w
}

func publicSuffix(host string) string {
	s, _ := publicsuffix.PublicSuffix(host)
	return s
}

// unchecked warns of a language whose discreet card is not checked for revealing words: it
// has no built-in list and text.yaml gives none.
func unchecked(l Language) diag.Problems {
	var ws diag.Problems
	if unlisted(l.Code, l.Text.Discreet) && l.Text.Discreet.Headline.File != "" {
		at := l.Text.Discreet.Headline
		file := path.Join(l.Code, TextFile)
		ws.Add(at.File, at.Line, "discreet.avoid", fmt.Sprintf("the discreet card in %s is checked only for the revealing words that haven's built-in lists share (such as sex, trafficking, abuso), none of its own", l.Code),
			"add discreet.avoid to "+file+": the words in this language for trafficking, sex, exploitation, abuse and violence, one a line starting with '- '")
	}
	return ws
}
