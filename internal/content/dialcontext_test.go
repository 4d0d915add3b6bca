package content

import (
	"cmp"
	"strings"
	"testing"
)

// A short number one slip from the organisation's own is caught where the words before it
// name it a number ("call the emergency number 912", "llame al número 113", "اتصل بالرقم
// 912") or the number to call ("912 is the number to call"), where words of danger alone ask to dial it ("In an emergency, 912."), where a German
// verb of calling ends the clause ("Im Notfall sofort 113 anrufen") and where an Arabic
// particle is joined to it ("اتصل بـ ٩١٢"). Years, hours, counts, prices, steps, streets and
// the numbers named as themselves still pass.
func TestShortSlipsWhereTheNumberIsNamed(t *testing.T) {
	us, lifeline := hotlineIn("", "1-888-373-7888", "911"), hotlineIn("", "988", "911")
	lifeline.Hotline.Text = loc("hotline.text", "988")
	gb, au, fr := hotlineIn("GB", "0808 2000 247", "999"), hotlineIn("AU", "1800 737 732", "000"), hotlineIn("FR", "3919", "112")
	es, de := hotlineIn("ES", "016", "112"), hotlineIn("DE", "0800 1110111", "112")
	checkSlipRows(t, []numberRow{
		{us, "In danger, call the emergency number 912.", "hotline.emergency"},
		{lifeline, "In crisis, call or text the Lifeline number 989.", "hotline.call"},
		{lifeline, "Or call the number 989.", "hotline.call"},
		{us, "Please call number 912 now.", "hotline.emergency"},
		{us, "In an emergency, 912.", "hotline.emergency"},
		{us, "In danger? 912.", "hotline.emergency"},
		{us, "In an emergency the number is 912.", "hotline.emergency"},
		{gb, "If you are hurt, ring the emergency number 998.", "hotline.emergency"},
		{au, "In danger, dial the emergency number 001.", "hotline.emergency"},
		{fr, "Appelez le numéro 3918.", "hotline.call"},
		{es, "Llame al número 113.", "hotline.emergency"},
		// the words between a verb and its number of every language of askWords, and a
		// prefix joined by a hyphen (Hebrew ל-)
		{us, "Καλέστε το 912.", "hotline.emergency"},
		{us, "Καλέστε στο 912.", "hotline.emergency"},
		{us, "התקשרו ל-912.", "hotline.emergency"},
		{us, "Gọi cho 912.", "hotline.emergency"},
		{us, "Tawagan agad ang 912.", "hotline.emergency"},
		{us, "请拨912。", "hotline.emergency"},
		{us, "The Mission Haven · Tel 912", "hotline.emergency"},
		{us, "La Maison · Tél. 912", "hotline.emergency"},
		// the verbs of more languages: Indonesian, Romanian, Swahili, Czech, Hungarian,
		// Finnish, Danish, Swedish, Thai, and Bengali's after the number
		{lifeline, "Hubungi 989 kapan saja.", "hotline.call"},
		{lifeline, "Sunați la 989 oricând.", "hotline.call"},
		{lifeline, "Piga simu 989 wakati wowote.", "hotline.call"},
		{lifeline, "Volejte 989 kdykoli.", "hotline.call"},
		{lifeline, "Hívja a 989-et bármikor.", "hotline.call"},
		{lifeline, "Soita numeroon 989 milloin tahansa.", "hotline.call"},
		{lifeline, "Ring til 989 når som helst.", "hotline.call"},
		{lifeline, "Ring till 989.", "hotline.call"},
		{lifeline, "โทร 989 ฟรี ตลอด 24 ชั่วโมง", "hotline.call"},
		{lifeline, "বিপদে পড়লে ৯৮৯ নম্বরে ফোন করুন।", "hotline.call"},
		// verbs before the number in more languages, and after it in those whose verb ends
		// the clause, written with their endings
		{lifeline, "Обадете се на 989 по всяко време.", "hotline.call"},
		{lifeline, "Nazovite 989 u bilo koje doba.", "hotline.call"},
		{lifeline, "Pokličite 989 kadarkoli.", "hotline.call"},
		{lifeline, "Skambinkite 989 bet kuriuo metu.", "hotline.call"},
		{lifeline, "Helistage numbril 989.", "hotline.call"},
		{lifeline, "Truqueu al 989.", "hotline.call"},
		{lifeline, "დარეკეთ 989-ზე.", "hotline.call"},
		{lifeline, "Զանգահարեք 989 համարով։", "hotline.call"},
		{lifeline, "ໂທຫາ 989 ໄດ້ຕະຫຼອດ.", "hotline.call"},
		{lifeline, "ហៅទៅលេខ 989 ។", "hotline.call"},
		{lifeline, "پەیوەندی بە 989 بکە.", "hotline.call"},
		{us, "بیا 912 ته زنګ ووهئ.", "hotline.emergency"},              // Pashto
		{us, "په بیړني حالت کې 912 ته زنګ ووهه.", "hotline.emergency"}, // Pashto, singular
		{us, "912 تي فون ڪريو.", "hotline.emergency"},                  // Sindhi
		{us, "Li 912ê bigerin.", "hotline.emergency"},                  // Kurmanji
		{us, "912 ਨੂੰ ਫ਼ੋਨ ਕਰੋ।", "hotline.emergency"},                 // Punjabi
		{us, "912 'ਤੇ ਕਾਲ ਕਰੋ।", "hotline.emergency"},
		{lifeline, "989 मा फोन गर्नुहोस्।", "hotline.call"}, // Nepali
		{lifeline, "989 वर फोन करा.", "hotline.call"},       // Marathi
		{lifeline, "989 પર ફોન કરો.", "hotline.call"},       // Gujarati
		{lifeline, "989-க்கு அழைக்கவும்.", "hotline.call"},  // Tamil
		{lifeline, "989 என்ற எண்ணை அழையுங்கள்.", "hotline.call"},
		{lifeline, "989 కి కాల్ చేయండి.", "hotline.call"},           // Telugu
		{lifeline, "989 ಗೆ ಕರೆ ಮಾಡಿ.", "hotline.call"},              // Kannada
		{lifeline, "989 എന്ന നമ്പറിൽ വിളിക്കുക.", "hotline.call"},   // Malayalam
		{lifeline, "989 ට අමතන්න.", "hotline.call"},                 // Sinhala
		{lifeline, "989 ကို ဖုန်းဆက်ပါ။", "hotline.call"},           // Burmese
		{lifeline, "989 руу залгана уу.", "hotline.call"},           // Mongolian
		{lifeline, "989 ga qo‘ng‘iroq qiling.", "hotline.call"},     // Uzbek
		{lifeline, "989 нөміріне қоңырау шалыңыз.", "hotline.call"}, // Kazakh
		{lifeline, "989 nömrəsinə zəng edin.", "hotline.call"},      // Azerbaijani
		// a count of calls or callers, or of what relates to them, asks nothing
		{us, "پروسږکال 912 زنګونه راغلل.", ""},
		{lifeline, "கடந்த ஆண்டு 989 அழைப்புகள் வந்தன.", ""},
		{lifeline, "989 ബന്ധപ്പെട്ട കേസുകൾ ഉണ്ടായിരുന്നു.", ""},
		{lifeline, "Keçən il 989 zəng edən oldu.", ""},
		{lifeline, "गत वर्ष 989 जनाले फोन गरे।", ""},
		// the line's number given, or what the line does, in more languages' words
		{lifeline, "生命线的号码是989。", "hotline.call"},
		{lifeline, "热线989全天开放。", "hotline.call"},
		{lifeline, "需要倾诉？请联系989生命线。", "hotline.call"},
		{lifeline, "상담 전화번호는 989입니다.", "hotline.call"},
		{lifeline, "رقم خط المساعدة هو 989.", "hotline.call"},
		{lifeline, "خط المساعدة 989 متاح على مدار الساعة.", "hotline.call"},
		{lifeline, "Số đường dây nóng là 989.", "hotline.call"},
		{lifeline, "Đường dây 989 mở cửa 24/7.", "hotline.call"},
		{lifeline, "हेल्पलाइन का नंबर 989 है।", "hotline.call"},
		{lifeline, "La línea 989 atiende las 24 horas.", "hotline.call"},
		{lifeline, "Линия 989 работает круглосуточно.", "hotline.call"},
		{lifeline, "热线去年接到989个电话。", ""},
		{lifeline, "Có 989 người gọi đến đường dây nóng.", ""},
		{lifeline, "تلقى الخط 989 مكالمة.", ""},
		{lifeline, "Линия получила 989 звонков.", ""},
		{lifeline, "हेल्पलाइन पर 989 कॉल आईं।", ""},
		{lifeline, "La línea recibió 989 llamadas.", ""},
		// a word for number labels a room or a case, and counts, as often as it names a line
		{lifeline, "Номер кабинета — 987. Номер дела — 989. Число звонков за прошлый год — 989. Всего звонков — 989.", ""},
		{lifeline, "Số phòng của chúng tôi là 987. Số cuộc gọi năm ngoái là 989. Số trẻ em được hỗ trợ là 987.", ""},
		{lifeline, "رقم الغرفة هو 987. رقم القضية هو 989.", ""},
		{lifeline, "कॉल करने वालों की संख्या 989 है। कमरे का नंबर 987 है।", ""},
		{lifeline, "El número total de llamadas es 989.", ""},
		{lifeline, "Mun karɓi kira 989 a bara.", ""}, // Hausa: we received 989 calls
		{lifeline, "Room number: 987. Total calls last year: 989.", ""},
		{us, "Tổng đài: 912.", "hotline.emergency"}, // a hotline, not a total
		{us, "Gọi tổng đài 912.", "hotline.emergency"},
		{lifeline, "방 번호는 987입니다. 회의실 번호는 987입니다.", ""},
		{lifeline, "Номер вашего обращения — 989.", ""},
		{lifeline, "आपका आवेदन नंबर 989 है।", ""},
		{lifeline, "हमारा नंबर 989 है।", "hotline.call"},
		{lifeline, "हेल्पलाइन का नंबर है 989।", "hotline.call"},
		{lifeline, "The line 989 is open 24/7.", "hotline.call"},
		{lifeline, "رقمنا هو 989.", "hotline.call"},
		// and the line's number, or what it does, in words found since
		{lifeline, "저희 상담 번호는 989입니다.", "hotline.call"},
		{lifeline, "상담전화 989는 24시간 열려 있습니다.", "hotline.call"},
		{lifeline, "الخط 989 مفتوح على مدار الساعة.", "hotline.call"},
		{lifeline, "热线989已开通。", "hotline.call"},
		{lifeline, "Линия 989 открыта круглосуточно.", "hotline.call"},
		{lifeline, "लाइन 989 खुली है।", "hotline.call"},
		{lifeline, "សូមទូរស័ព្ទមកលេខ 989។", "hotline.call"},
		{lifeline, "Telefonî 989ê bikin.", "hotline.call"},
		{lifeline, "Bi 989ê re têkilî daynin.", "hotline.call"},
		// the number named, or when to dial it, after it
		{us, "912 is the emergency number.", "hotline.emergency"},
		{us, "Use 912 in an emergency.", "hotline.emergency"},
		{us, "912 is the number to call.", "hotline.emergency"},
		{us, "Is 912 the number to call?", "hotline.emergency"},
		{us, "The number to call is 912.", "hotline.emergency"},
		{us, "The number you can dial is 912.", "hotline.emergency"},
		{fr, "Le numéro à appeler : 3918.", "hotline.call"},
		{fr, "Le 3929 est le numéro national d’écoute.", "hotline.call"},
		{fr, "Joignez le 3929 depuis un fixe.", "hotline.call"},
		{fr, "Comment joindre le 3929 ?", "hotline.call"},
		{hotlineIn("CA", "1-800-668-6868", "911"), "Compose le 9-1-2.", "hotline.emergency"},
		{lifeline, "998 connects you to a counselor.", "hotline.call"},
		{au, "0000 is the emergency number.", "hotline.emergency"},
		{gb, "99 is the emergency number.", "hotline.emergency"},
		{au, "00 is for emergencies only.", "hotline.emergency"},
		{fr, "Le 11 est le numéro d'urgence européen.", "hotline.emergency"},
		{fr, "Le 3929 vous écoute.", "hotline.call"},
		{fr, "Le numéro 3929 est gratuit.", "hotline.call"},
		{fr, "Le 3929 est joignable 24 h/24.", "hotline.call"},
		{fr, "Le 3929 (Violences Femmes Info) est gratuit.", "hotline.call"},
		{fr, "Le 3929, c'est gratuit.", "hotline.call"},
		{gb, "Call the police on 9999 if you are in danger.", "hotline.emergency"},
		{hotlineIn("IT", "1522", "112"), "Chiama i Carabinieri al 1112.", "hotline.emergency"},
		{hotlineIn("BR", "180", "190"), "Ligue para a polícia no 1900.", "hotline.emergency"},
		// the emergency number with a digit dropped, words between the verb and it
		{gb, "In an emergency, call the police on 99.", "hotline.emergency"},
		{us, "In an emergency, call Emergency Services 91.", "hotline.emergency"},
		{au, "In an emergency, call Triple Zero (00).", "hotline.emergency"},
		{au, "In an emergency call Triple Zero (00).", "hotline.emergency"}, // "emergency" asks too, right before "call"
		{us, "In an emergency, call nine-one-one (91).", "hotline.emergency"},
		// or added, or from a number of five digits
		{au, "Call Triple Zero (0000).", "hotline.emergency"},
		{hotlineIn("DE", "08000 116 016", "110"), "Wählen Sie den Polizeinotruf 101.", "hotline.emergency"},
		{hotlineIn("ZA", "0800 428 428", "10111"), "Call the police on 1011, or 112 from a cellphone.", "hotline.emergency"},
		{hotlineIn("ZA", "0800 428 428", "10111"), "Call the police at 1011.", "hotline.emergency"},
		{us, "In an emergency, 91 or {call}.", "hotline.emergency"},
		{us, "Emergency? 91 any time.", "hotline.emergency"},
		{hotlineIn("ES", "016", "112"), "Llame a la policía al 11.", "hotline.emergency"},
		{hotlineIn("DE", "08000 116 016", "112"), "Rufen Sie die Polizei unter 11.", "hotline.emergency"},
		{hotlineIn("DE", "08000 116 016", "112"), "In an emergency, call emergency services on 11.", "hotline.emergency"},
		{es, "El 113 es el número de emergencias.", "hotline.emergency"},
		{us, "En peligro, llame al número 912.", "hotline.emergency"},
		{us, "اتصل بالرقم 912", "hotline.emergency"},
		{us, "اتصل بـ ٩١٢", "hotline.emergency"},
		{us, "اتصل على الرقم 912", "hotline.emergency"},
		{us, "اتصل بالشرطة على 912", "hotline.emergency"},
		{us, "في حالة الخطر فاتصل بالرقم 912", "hotline.emergency"},
		{us, "واتصلوا على ٩١٢ فوراً", "hotline.emergency"},
		{de, "Wählen Sie im Notfall 113.", "hotline.emergency"},
		{de, "Im Notfall sofort 113 anrufen.", "hotline.emergency"},
		{de, "Rufen Sie im Notfall die 113 an.", "hotline.emergency"},
		{de, "Wählen Sie die Nummer 113.", "hotline.emergency"},
		{de, "Rufen Sie die Polizei unter 113 an.", "hotline.emergency"},
		// what passes
		{us, "In danger, call the emergency number 911. Call number 211 for food.", ""},
		{lifeline, "Call or text the Lifeline number 988; in an emergency, 911.", ""},
		{us, "In 2023, 912 calls came in; in an emergency, 91 percent of callers were safe.", ""},
		{us, "In an emergency, 912 people called us. In danger? 9 of 10 callers are teens.", ""},
		{us, "Call the number on step 9; the number of calls was 912 in 2019.", ""},
		{us, "In an emergency, open 24/7 at 912 Main Street. It costs $912.", ""},
		{us, "Call us at 9:12, or at 9 a.m.; our case number is 912.", ""},
		{us, "Room 912 has the number to call. The number to call: 912 people called it. In 912 cases the number to call was lost.", ""},
		{us, "The number to call is {call}, open since 1912; save the number to call: 912 Main Street.", ""},
		{lifeline, "Ada 989 orang di sini. Hubungi 988 kapan saja.", ""},
		{us, "Last year, our counselors reached 1,200 people by phone and 912 by text.", ""},
		{us, "Call 91 times a day. In an emergency, 91 of 100 callers get help; 91% are girls. In danger? Our 91 volunteers help.", ""},
		{us, "In an emergency, 11 year olds can call too. In danger? 91 percent of callers are safe.", ""},
		{gb, "Children aged 99, 98 and 97 can call; we answered 99.", ""},
		{hotlineIn("ZA", "0800 428 428", "10111"), "Call the police on 10111. Call the police 1011 times. Call the Police Department at 1911 Elm Street.", ""},
		{au, "Call Triple Zero (000) from any phone.", ""},
		{fr, "Le 3919 est gratuit. Les 3929 appels de 2023. Le 2019 est passé. 3929 appels ont été reçus.", ""},
		{lifeline, "998 calls came in. 911 is for emergencies; 988 is for a crisis.", ""},
		// a number that begins its sentence as a count, an area code, a room, a bus, a file
		{lifeline, "987 is the number of families we helped. 989 is the area code for central Michigan. 958 is the room where groups meet. 588 is the bus that stops at our door. 981 connects to I-5.", ""},
		{fr, "Le 3918 est le nombre de femmes accompagnées. Le 3819 est un numéro de dossier. Le 3949 est le numéro de France Travail.", ""},
		{gb, "99 is the number of emergencies we handled. 99 is the age limit. 99 were in danger.", ""},
		{fr, "Le 3919 (Violences Femmes Info) est gratuit. Le 3919, c'est gratuit. Le 3929 (en 2023) est le nombre d'appels.", ""},
		// hours, ages, rooms and pages after a verb of calling, or beside danger
		{us, "Call us between 9 and 11. Call us from 7 to 11. Call any time, whether you are 19 or 91.", ""},
		{us, "Kids in danger can call us, whether they are 6 or 11. Emergency shelter beds for families: 91.", ""},
		{us, "If you feel unsafe at school, talk to the counselor in Room 91. If you're in danger, we'll call you back within 11.", ""},
		{us, "Emergency contacts are listed on page 91. Many children in danger are younger than 11.", ""},
		{gb, "We help people in danger, aged 16 to 99. Call us whether you are 16 or 99.", ""},
		{hotlineIn("ID", "129", "112"), "Untuk informasi, hubungi kantor kami di lantai 11. Telepon kami antara pukul 9 dan 12.", ""},
		{es, "En peligro, llame al 112 o al número 016.", ""},
		{de, "Im Notfall 112 anrufen; im Jahr 2023 gab es 113 Anrufe. Rufen Sie 116 111 an.", ""},
		{de, "Wir haben 113 Plätze an 12 Orten. Rufen Sie uns an: 030 1234567.", ""},
		{us, "اتصل بالرقم 911. ساعدنا ٩١٢ عائلة.", ""},
		{us, "In an emergency, 9:11 pm or 9 a.m., call 911. In danger, 1 in 10 children never call; 91 children did.", ""},
		{us, "In an emergency: 000 (Australia), 112 (Europe), 999 (UK), 911 (U.S.). In danger? Call 911, open 24/7, 365 days a year.", ""},
		{us, "In an emergency, step 1: call 911; step 2: call the number on the card. Prices from $91, room 910, 912 Main St.", ""},
		{lifeline, "In a crisis, call or text the 988 number; in an emergency, 911; the 211 line; TTY 711.", ""},
		{hotlineIn("UA", "116 123", "112"), "У небезпеці телефонуйте 112 або на номер 116 123.", ""},
		{au, "In an emergency, 000, or 112 from a mobile; Lifeline is 13 11 14. Call the emergency number 000.", ""},
		{gb, "In an emergency, ring 999 or 112; call the number 0808 2000 247.", ""},
	})
}

// In a sentence of danger or emergency, or of the police, ambulance or fire service, before the
// number or ending a clause after it, a service number one slip from the emergency number sends
// the reader elsewhere (811 digs, 711 relays, 115 is Germany's town halls) and is refused; named
// as itself, elsewhere, with another number (or a number's placeholder) between or after, with
// the words naming something else ("emergency shelter", "a police officer"), beside relay words
// or listed among the organisation's numbers it passes.
func TestServiceNumberSlipInDanger(t *testing.T) {
	us := hotlineIn("", "1-888-373-7888", "911")
	listed := hotlineIn("", "1-888-373-7888", "911", "811")
	gb := hotlineIn("GB", "0808 2000 247", "112")
	checkSlipRows(t, []numberRow{
		{us, "If you believe a child is in immediate danger, call 811 right away.", "hotline.emergency"},
		{us, "In immediate danger, call 811.", "hotline.emergency"},
		{us, "In an emergency, dial 711.", "hotline.emergency"},
		{gb, "In an emergency, ring 111.", "hotline.emergency"},
		// the danger, or the police, ambulance or fire service, named after it in its sentence
		{us, "Call 811 if you are in danger.", "hotline.emergency"},
		{us, "Call 811 right away if a child is in immediate danger.", "hotline.emergency"},
		{us, "Call 811 for the police.", "hotline.emergency"},
		{us, "For an ambulance, call 811.", "hotline.emergency"},
		{hotlineIn("DE", "08000 116 016", "112"), "Notruf: 115", "hotline.emergency"},
		// threats and harm named as danger is, in the languages of the words
		{us, "If someone is hurting you right now, call 811.", "hotline.emergency"},
		{us, "If you are being attacked, call 811 right away.", "hotline.emergency"},
		{us, "If it is life-threatening, call 811.", "hotline.emergency"},
		{us, "Si alguien te está lastimando, llama al 811.", "hotline.emergency"},
		{hotlineIn("DE", "08000 116 016", "112"), "Bei Lebensgefahr rufen Sie sofort die 115 an.", "hotline.emergency"},
		{hotlineIn("DE", "08000 116 016", "112"), "Wenn Sie bedroht werden, rufen Sie die 115 an.", "hotline.emergency"},
		{hotlineIn("FR", "3919", "112"), "Si votre vie est menacée, appelez le 115.", "hotline.emergency"},
		{hotlineIn("KR", "1366", "112"), "위급할 때는 113으로 전화하세요.", "hotline.emergency"},
		{hotlineIn("KR", "1366", "112"), "응급 상황에서는 113번으로 전화하세요.", "hotline.emergency"},
		{hotlineIn("FR", "3919", "112"), "Le 119, Allô Enfance en Danger. En danger, appelez le 119.", "hotline.emergency"},
		{hotlineIn("IT", "1522", "112"), "In caso di emergenza chiama il 114.", "hotline.emergency"},
		{hotlineIn("IN", "1098", "112"), "Call 121, the national emergency number.", "hotline.emergency"},
		{hotlineIn("ES", "016", "112"), "El 121 es el número de emergencias europeo.", "hotline.emergency"},
		// what passes
		{listed, "In immediate danger, call 811.", ""},
		// a word of danger naming the number before it in its clause
		{us, "Numbers to call: 911 for emergencies, 211 for food and housing, 988 for a mental health crisis.", ""},
		{us, "Call {emergency} in an emergency, 211 for food.", ""},
		// threats of something else than harm to the reader
		{us, "If you are threatened with eviction, call 211 for help with rent. If you're hurting financially, dial 211.", ""},
		{us, "Families threatened by homelessness can call 211 any time. If a landlord is threatening to evict you, call 211.", ""},
		{us, "Victims who were attacked can get help paying bills by calling 211.", ""},
		{hotlineIn("FR", "3919", "112"), "Si vous êtes menacée d'expulsion, appelez le 115. Les secours d'urgence sociale répondent au 115.", ""},
		{hotlineIn("DE", "08000 116 016", "112"), "Wer von Wohnungslosigkeit bedroht ist, erreicht unter 115 die Behörden.", ""},
		{us, "TTY: 711. Call 811 before you dig. Dial 211 for food help. Call 311 for city services.", ""},
		{us, "In an emergency, TTY users can dial 711.", ""},
		{us, "In immediate danger, call 911; for food, 211.", ""},
		{gb, "In an emergency ring 112, or 111 for medical advice.", ""},
		{gb, "For the NHS ring 111, for the police 101; in danger 999 or 112.", ""},
		{us, "Call 811 before you dig, 911 if you are in danger. Dial 211 for food; not an emergency.", ""},
		{hotlineIn("DE", "08000 116 016", "112"), "Behördennummer 115; im Notfall die 112.", ""},
		// words of danger after it that end no clause, or that another number after it takes,
		// or the name of a service (Samu social)
		{us, "Call 211 for emergency shelter. Call 211 if you are in danger of losing your home.", ""},
		{us, "Call 211 to find a shelter tonight, or ask a police officer to take you to one.", ""},
		{us, "Call 211 or {emergency} in an emergency. Call 211 for food or {emergency} for the police.", ""},
		{hotlineIn("FR", "3919", "112"), "Samu social : 115. Appelez le 115 (Samu social) pour un hébergement d'urgence.", ""},
		{hotlineIn("FR", "3919", "112"), "Le 119, Allô Enfance en Danger, répond jour et nuit. Appelez le 119 (Allo enfance en danger).", ""},
		{hotlineIn("IT", "1522", "112"), "Chiama il 114 Emergenza Infanzia.", ""},
	})
}

// A number of services elsewhere that the numbering tables do not list in the country
// (Vietnam's 112, search and rescue) is refused beside the emergency number with a way to
// declare it, as a service the tables list is.
func TestUnlistedServiceMayBeDeclared(t *testing.T) {
	checkProblemRows(t, []numberRow{
		{hotlineIn("VN", "1900 6048", "113"), "Nếu bạn gặp nguy hiểm, hãy gọi 112.", `list it in settings.yaml under organisation: as other_numbers: ["112"]`},
		{hotlineIn("VN", "1900 6048", "113", "112"), "Nếu bạn gặp nguy hiểm, hãy gọi 112.", ""},
		{hotlineIn("ID", "129", "112"), "Hubungi 115 untuk Basarnas (pencarian dan pertolongan).", `list it in settings.yaml under organisation: as other_numbers: ["115"]`},
		// one slip from the hotline's own number, it is confirmed too, said at once
		{hotlineIn("BR", "180", "190"), "Para apoio emocional, ligue para a nossa linha, 188.", `list it in settings.yaml under organisation: as other_numbers: ["188"]; as it is one slip from 180, check it digit by digit, then write it again at the top level of settings.yaml: confirmed_numbers: ["188"]`},
	})
}

// A number of another country is also compared as a phone there dials it: a text for callers
// in the UK writes +44 808 2000 247 as 0808 2000 247, and 0808 2000 248 is a slip of it.
func TestNumberAbroadInItsNationalForm(t *testing.T) {
	uk := hotlineIn("", "+44 808 2000 247", "911")
	paris := hotlineIn("CA", "+33 1 23 45 67 89", "911", "+44 20 7946 0958")
	checkProblemRows(t, []numberRow{
		{uk, "From a UK landline, call 0808 2000 248 free.", `"0808 2000 248" is one slip away from hotline.call +44 808 2000 247; a likely typo (write {call} to print +44 808 2000 247 from settings.yaml; in its own country +44 808 2000 247 is dialled 08082000247)`},
		{uk, "From a UK landline, call 0808 2000 427.", `one slip away from hotline.call +44 808 2000 247`},
		{uk, "Call +44 808 2000 248.", `one slip away from hotline.call +44 808 2000 247`},
		{paris, "En France, appelez le 01 23 45 67 88.", `one slip away from hotline.call +33 1 23 45 67 89`},
		{paris, "In London, call 020 7946 0985.", `one slip away from organisation.other_numbers[1] +44 20 7946 0958`},
		// what passes
		{uk, "From a UK landline, call 0808 2000 247 free; from abroad +44 808 2000 247.", ""},
		{uk, "Childline is 0800 1111 and the NSPCC 0808 800 5000; in the U.S. call 1-888-373-7888.", ""},
		{paris, "En France, appelez le 01 23 45 67 89; à Londres, 020 7946 0958. Ouvert de 9 h à 17 h, 7j/7, depuis 2008.", ""},
	})
}

// A number that names the line one slip from the line's own is refused in hotline_name and
// the labels, and beside a word of the line's name in any text: "The 989 Lifeline" over a
// big 988. Years, counts, the right number and other service numbers named as themselves pass.
func TestNumberNamingTheLine(t *testing.T) {
	lifeline := hotlineIn("", "988", "911")
	lifeline.Hotline.Text = loc("hotline.text", "988")
	lifeline.Hotline.TTY = loc("hotline.tty", "711")
	const name = "988 Suicide & Crisis Lifeline"
	for _, tt := range []struct {
		path, text string
		want       bool
	}{
		{"hotline_name", "989 Suicide & Crisis Lifeline", true},
		{"help.call_label", "The 989 Lifeline, free and confidential, 24/7", true},
		{"poster.call_label", "Call 98 or text", true}, // two digits: a slip of 988 dialling no one, which slips judges
		{"card.call_label", "Crisis line 898", true},
		{"closing[1]", "Otherwise, try the 989 Lifeline at 988.", true}, // "reach the 989" is a slip's (TestSlipsOnceMissed)
		{"closing[1]", "Call the Lifeline 987 at any hour.", true},
		// what passes
		{"hotline_name", name, false},
		{"help.call_label", "Call or text, 24/7 since 2022", false},
		{"closing[1]", "In 1989 Lifeline volunteers began; 989 crisis calls came in; 987 callers were teens.", false},
		{"closing[1]", "The 988 Lifeline answers; TTY 711; for city services, the 311 Lifeline desk; in danger 911.", false},
		{"closing[1]", "Room 989, Crisis Center, 912 Main Street.", false},
		{"closing[1]", "Visit us at 989 Center Street NE, Salem, OR 97301.", false},
	} {
		text := tt.text
		ps := nameSlips("text.yaml", []field{{path: tt.path, line: 3, ptr: &text}}, name, lifeline)
		if got := len(ps) > 0 || len(slips(text, "", lifeline.Numbers(), true)) > 0; got != tt.want { // refused by one or the other
			t.Errorf("%s %q: got %v, want a problem: %v", tt.path, tt.text, ps, tt.want)
		}
	}
}

// The emergency number in the line's name or label, one slip from the line's own, is refused
// there: "Tổng đài 113" printed over Vietnam's 111 on every card. In prose, and in a label
// beside the line's own number, it is the emergency line.
func TestEmergencyNamingTheLine(t *testing.T) {
	vn := confirm(hotlineIn("VN", "111", "113"), "111")
	const name = "Tổng đài quốc gia bảo vệ trẻ em 111"
	for _, tt := range []struct {
		path, text, want string
	}{
		{"card.call_label", "Tổng đài 113, gọi miễn phí 24/7", `text.yaml:3: card.call_label: "113" in card.call_label is the emergency number, one slip from hotline.call 111: it would print beside the line as its number (write {call} to print 111 from settings.yaml)`},
		{"help.call_label", "Tổng đài 113", `"113" in help.call_label is the emergency number`},
		{"hotline_name", "Tổng đài quốc gia bảo vệ trẻ em 113", `"113" in hotline_name is the emergency number`},
		// what passes
		{"card.call_label", "Tổng đài 111, gọi miễn phí 24/7", ""},
		{"card.call_label", "Gọi miễn phí, 24/7", ""},
		{"closing[1]", "Khi nguy hiểm, gọi 113.", ""},
	} {
		text := tt.text
		ps := nameSlips("text.yaml", []field{{path: tt.path, line: 3, ptr: &text}}, name, vn)
		if tt.want == "" && len(ps) > 0 || tt.want != "" && (len(ps) != 1 || !strings.Contains(ps.Error(), tt.want)) {
			t.Errorf("%s %q:\ngot  %v\nwant %s", tt.path, tt.text, ps, cmp.Or(tt.want, "nothing"))
		}
	}
}

// What testers found printed as checked: a line's short number one slip off where prose gives
// it with no verb ("Our number is 1773", "Save 1773 in your phone" for 1737), a digit dropped
// or added where the sentence names the line ("Le 391 est gratuit", "9999 is the number to
// call"), a second number after "or" ("call 911 or 9111", "or 91"), digits written one by one
// with hyphens ("9-1-2"), adverbs between a verb and its number ("Bel dan 131"), the French
// "numéro d'urgence" and a line named after its number ("The 998 Lifeline is free"). Counts,
// years, ranges, prices, area codes and a country's own services still pass.
func TestShortSlipsWithoutAVerb(t *testing.T) {
	nz, lifeline, us := hotlineIn("NZ", "1737", "111"), hotlineIn("", "988", "911"), hotlineIn("", "1-888-373-7888", "911")
	fr, fr3114, ca := hotlineIn("FR", "3919", "112"), hotlineIn("FR", "3114", "112"), hotlineIn("CA", "1-800-668-6868", "911")
	nl, de, au := hotlineIn("NL", "0800 2000", "112"), hotlineIn("DE", "08000 116 016", "110"), hotlineIn("AU", "1800 737 732", "000")
	kr := hotlineIn("KR", "1366", "112")
	checkSlipRows(t, []numberRow{
		{nz, "Our number is 1773.", "hotline.call"},
		{nz, "Talk to a counsellor on 1773.", "hotline.call"},
		{nz, "Save 1773 in your phone.", "hotline.call"},
		{nz, "Keep this number, 1773, for when you need it.", "hotline.call"},
		{nz, "Need to talk? 1738.", "hotline.call"},
		{nz, "The 1773 line is free.", "hotline.call"},
		{nz, "Call toll-free 1773.", "hotline.call"},
		{nz, "Call or text 1-7-3-7 or 1-7-7-3.", "hotline.call"},
		{fr, "Le 391 est gratuit, 24 h/24.", "hotline.call"},
		{fr, "Le 3929, Violences Femmes Info, est gratuit.", "hotline.call"},
		{fr, "Le 3929 : gratuit et anonyme.", "hotline.call"},
		{fr, "Le 122 est le numéro d'urgence européen.", "hotline.emergency"},
		{lifeline, "The 998 Suicide & Crisis Lifeline is free and confidential.", "hotline.call"},
		{lifeline, "9111 is the number to call if someone is in danger.", "hotline.emergency"},
		{au, "0000 connects you to police, fire and ambulance.", "hotline.emergency"},
		{ca, "In danger, call 911 or 9111.", "hotline.emergency"},
		{ca, "In danger, call 911 or 91.", "hotline.emergency"},
		{ca, "In danger? Call 9-1-1 or 9-1-2.", "hotline.emergency"},
		{nl, "Bel dan 1121.", "hotline.emergency"},
		{de, "Wählen Sie dann die 101.", "hotline.emergency"},
		{de, "Die 101 ist der Polizeinotruf.", "hotline.emergency"},
		{us, "In danger? Call straight away 9111.", "hotline.emergency"},
		// a number that is all its text says but how the line answers; after a question of
		// needing help; with the hours between the verb and it
		{lifeline, "989", "hotline.call"},
		{lifeline, "- 989 (free)", "hotline.call"},
		{lifeline, "989, 24/7", "hotline.call"},
		{fr, "3991, 24h/24", "hotline.call"},
		{lifeline, "Need help? 989", "hotline.call"},
		{hotlineIn("ES", "016", "112"), "¿Necesitas ayuda? 0016", "hotline.call"},
		{lifeline, "Counsellors answer 989 day and night.", "hotline.call"},
		{lifeline, "Call 24/7 989", "hotline.call"},
		{lifeline, "Call 988/989.", "hotline.call"}, // the line and a slip of it, side by side
		{lifeline, "911 | 912", "hotline.emergency"},
		{lifeline, "Our number: 1988", "hotline.call"}, // a year's digits, given as the number
		{lifeline, "In a crisis: (9888)", "hotline.call"},
		// a vanity number that spells, with a key dropped, added or changed, a line written in digits
		{au, "Call 1800 RESPCT.", "hotline.call"},
		{au, "Call 1800 RRESPECT.", "hotline.call"},
		{au, "Call 1800RESPET now.", "hotline.call"}, // glued, as settings write it
		{au, "Call 1800RESPCT.", "hotline.call"},
		{hotlineIn("", "1-800-799-7233", "911"), "Call 1-800-799-SAF.", "hotline.call"},
		// a crisis, and help in a script written without spaces, after its full-width question mark
		{lifeline, "In crisis? 989.", "hotline.call"},
		{lifeline, "需要帮助？989", "hotline.call"},
		// a second number after "or" with a few words of when or for whom between
		{lifeline, "Call 988 anytime, or 989 from a cell phone.", "hotline.call"},
		{lifeline, "Call or text 988 — or 989 for Spanish.", "hotline.call"},
		{lifeline, "Call 988 (or 989 in Spanish).", "hotline.call"},
		{lifeline, "Call {call} anytime, or 989 from a cell phone.", "hotline.call"},
		// a question of what the line is, as a heading asks it; a list's line named after a
		// colon or in brackets; alone after a tagline
		{lifeline, "If you are in danger: 9888.", "hotline.call"},
		{hotlineIn("FR", "119", "112"), "Ligne d'écoute : 19.", "hotline.call"},
		{hotlineIn("FR", "119", "112"), "Appelez immédiatement le 15 ou le 121.", "hotline.emergency"}, // after two digits a verb asks to dial
		{lifeline, "Crisis line: 98.", "hotline.call"},
		{hotlineIn("FR", "119", "112"), "Allô Enfance en Danger : 1199.", "hotline.call"},
		{lifeline, "Is 989 free?", "hotline.call"},
		{lifeline, "Is the 989 line open at night?", "hotline.call"},
		{lifeline, "What is 989?", "hotline.call"},
		{fr, "Le 3918 est-il gratuit ?", "hotline.call"},
		{fr, "Qu'est-ce que le 3918 ?", "hotline.call"},
		{hotlineIn("ES", "016", "112"), "¿Es gratuito el 0016?", "hotline.call"},
		{lifeline, "989: the crisis line", "hotline.call"},
		{lifeline, "989 (crisis line)", "hotline.call"},
		{lifeline, "You are not alone. 989.", "hotline.call"},
		// a line that answers, connects people, is for something, is named a line, or is short
		// by a digit
		{lifeline, "9888 answers calls 24/7.", "hotline.call"},
		{lifeline, "911 is for emergencies; 998 is for mental health crises.", "hotline.call"},
		{hotlineIn("IN", "1098", "112"), "1089 is CHILDLINE, free and open day and night.", "hotline.call"},
		{hotlineIn("IN", "1098", "112"), "1089 connects children in need with help.", "hotline.call"},
		{lifeline, "98 is free and confidential.", "hotline.call"},
		{lifeline, "The 991 emergency number works from any phone.", "hotline.emergency"},
		{hotlineIn("GB", "0808 2000 247", "999"), "99 is the number to call in an emergency.", "hotline.emergency"},
		// a question a FAQ asks of its line; the calls or texts to it; a card's line of how it
		// answers around it; words that ask to keep, share or message it
		{lifeline, "Will 989 send the police?", "hotline.call"},
		{lifeline, "How much does 989 cost?", "hotline.call"},
		{lifeline, "Does 989 work from a landline?", "hotline.call"},
		{lifeline, "Calls to 989 are free.", "hotline.call"},
		{lifeline, "Calls to 988 and 989 are free.", "hotline.call"},
		{fr, "Les appels au 3918 sont gratuits.", "hotline.call"},
		{hotlineIn("ES", "016", "112"), "Las llamadas al 0016 son gratuitas.", "hotline.call"},
		{lifeline, "989 – call or text, 24/7", "hotline.call"},
		{lifeline, "Free · Confidential · 24/7 · 989", "hotline.call"},
		{lifeline, "989 Suicide & Crisis Lifeline", "hotline.call"},
		{fr3114, "3141 – numéro national de prévention du suicide", "hotline.call"},
		{lifeline, "Message 989.", "hotline.call"},
		{lifeline, "Keep 989 handy.", "hotline.call"},
		{lifeline, "Available 24/7 at 989.", "hotline.call"},
		// Korean: a particle joined to the number, counselling and asking, a line's name joined
		// of nouns
		{kr, "상담은 1636에서 받을 수 있습니다.", "hotline.call"},
		{kr, "1363에 문의하세요.", "hotline.call"},
		{kr, "1363은 무료입니다.", "hotline.call"},
		{kr, "여성긴급전화 1363", "hotline.call"},
		// what passes
		{fr, "Contactez le 3919 par téléphone, ou le 114 par SMS en cas d'urgence.", ""},
		{us, "Last year, our counselors reached 1,200 people by phone and 912 by text.", ""},
		{lifeline, "We took 988 calls last week, and 989 this week.", ""},
		{lifeline, "Is 989 the number of calls? What is 987 minus 1? Is 1987 the year it opened?", ""},
		{lifeline, "989: crisis line calls this year. 1988: the year the line opened.", ""},
		{lifeline, "You are not alone. 989 people called us last year.", ""},
		{lifeline, "We got 989 answers to our survey. 981 connects to I-5. 998 answers came from teens.", ""},
		{hotlineIn("GB", "0808 2000 247", "999"), "99 is the number of emergencies we saw.", ""},
		{hotlineIn("ES", "016", "112"), "16 es la edad mínima. 18 is the age of consent.", ""},
		{kr, "작년에 1363명이 전화했습니다. 상담 건수는 1363건입니다. 1363번 버스를 타세요. 올해 상담 건수는 1367.", ""},
		{kr, "1366에서 상담을 받을 수 있습니다. 1366은 무료입니다. 여성긴급전화 1366", ""},
		// after "and", a count of a clause of its own; a percentage, a date, hours, an age, a
		// thousand, Italian's and German's counts; another service after "or" and its words
		{lifeline, "Call or text 988 any time, and 98 local crisis centers answer. Call or text 988, and 88 thousand Texans already have.", ""},
		{au, "Call 000 anytime, and 100 police stations in the state can take your report.", ""},
		{de, "Wählen Sie 110, und 11 weitere Rettungswagen stehen bereit. Wählen Sie 110 im Notfall, und 11 Minuten später sind wir da.", ""},
		{hotlineIn("IT", "114", "112"), "Chiama il 114, e 14 operatori ti rispondono. Chiama il 112 e 12 minuti dopo arriva l'ambulanza.", ""},
		{hotlineIn("IT", "1522", "112"), "1520: chiamate alla linea a marzo.", ""},
		{hotlineIn("FR", "119", "112"), "Appelez le 119, et 19 % des appels arrivent la nuit. Appelez le 119, et le 19 novembre, rejoignez-nous.", ""},
		{hotlineIn("FR", "119", "112"), "Appelez le 119, ou de 11 h à 19 h écrivez-nous sur le chat. Appelez le 119, et à 11 ans tu peux déjà appeler seul.", ""},
		{hotlineIn("ES", "016", "112"), "Llama al 016, y el 16 de marzo ven a vernos. Llama al 016, o de 16 a 20 h escríbenos. Llama al 016, y 16 mil personas ya lo han hecho.", ""},
		{hotlineIn("GB", "111", "999"), "Ring 111 for medical advice, or 101 for non-emergency police.", ""},
		{lifeline, "Is room 989 free? Is the 989 bus free? What happened in 1989? Is 989 the number of calls?", ""},
		{hotlineIn("", "211", "911"), "Does 211 work if my phone has a 212 area code? Does it work from a 212 cell?", ""},
		{lifeline, "989: the number of calls last year. Free · Confidential · 24/7 · 988. 989 Main Street.", ""},
		{hotlineIn("FR", "119", "112"), "Ligne : 12. Ligne 1 : 19 arrêts. Hotline: 98% of callers feel better.", ""},
		{hotlineIn("FR", "119", "112"), "Appelez le 15 ou le 112. Appelez immédiatement le 15, le 17 ou le 112.", ""},
		{lifeline, "Call us from 7 to 11, or 911 at night.", ""},
		// a label of another thing than a line, a price, a time, a postcode, a house number after
		// its street's name, in a sentence of danger
		{lifeline, "Crisis line volunteers: 88. Line staff available: 98. Line number: 98 on the city bus map.", ""},
		{hotlineIn("FR", "119", "112"), "Ligne de bus : 19 (arrêt Mairie). Numéro de poste : 19", ""},
		{hotlineIn("ES", "024", "112"), "Teléfono: 24 €.", ""},
		{hotlineIn("DE", "0800 111 0 111", "112"), "Telefon: 11 Uhr bis 20 Uhr.", ""},
		{hotlineIn("AU", "13 11 14", "000"), "If you are in danger, come to our office in Brisbane QLD 4000.", ""},
		{hotlineIn("AT", "147", "112"), "Im Notfall erreichst du uns in der Meidlinger Hauptstraße 1, 1120 Wien.", ""},
		{hotlineIn("IT", "1522", "112"), "In caso di emergenza, il centro antiviolenza è in via Torino 122, Roma.", ""},
		{hotlineIn("NZ", "1737", "111"), "Police non-emergency: 105.", ""},
		{nz, "Ada 1773 orang di sini. In 2023, 1773 crisis calls came in; 1773 in 2024.", ""},
		{nz, "Over 1773 people called, more than 1773 texted, from 1700 to 1773, $1773.", ""},
		{nz, "Between 1700 and 1773 calls a year; 1773 of them at night; 1773 km away.", ""},
		{lifeline, "Our area code is 989. 987 is the number of families we helped.", ""},
		{lifeline, "Call us from 7 to 98, whether you are 19 or 98.", ""},
		{fr, "Le 114 est le numéro d'urgence pour les personnes sourdes ou malentendantes, par SMS.", ""},
		{fr, "Les secours d'urgence sociale répondent au 115. Appelez le 115 pour un hébergement d'urgence.", ""},
		{fr3114, "Appelez le 3114 ou le 114.", ""},
		// where nothing in the sentence speaks of a phone: an address, a label, a statistic, a
		// time; a number that is no line's; a count asked for; when a line answers
		{hotlineIn("IT", "1522", "112"), "Il centro si trova in Via Roma 152, 10121 Torino.", ""},
		{hotlineIn("ES", "016", "112"), "Estamos en Calle Mayor, 106, 28013 Madrid.", ""},
		{hotlineIn("AT", "147", "112"), "Unser Büro: Am Hof 148, 1010 Wien. Wir sind 24/7 erreichbar unter 147.", ""},
		{lifeline, "The clinic is in Building 989. The class size was 987. Calls rose 12% to 987.", ""},
		{lifeline, "The number of youth served was 987. He was client number 987.", ""},
		{nz, "Our IRD number ends in 1736. Our office closes at 1730.", ""},
		{lifeline, "How many people called you last year? 987.", ""},
		{fr, "Notre numéro SIRET se termine par 3918. Le total s'élève à 3918.", ""},
		{lifeline, "Of the 1,200 callers, 987 can get help in Spanish. With your help we reached 989.", ""},
		{lifeline, "2023", ""},
		{lifeline, "Call 24/7 988.", ""},
		{lifeline, "Call 988/911. Open 9/11 and 24/7.", ""},
		{lifeline, "Founded: 1988. Since 1988, we have helped families.", ""},
		{au, "Call 1800RESPECT, or 1800 RESPECT (1800 737 732), 1800 RESPEC.", ""},
		{lifeline, "During the crisis, 989 people called. 去年我们帮助了989人。", ""},
		{hotlineIn("", "1-800-799-7233", "911"), "Call 1-800-799-SAFE or 1-800-799-7233 NOW. Flowers: 1-800-FLOWERS.", ""},
		// a time, an extension, an area code, a street's number before or after its name, a post
		// box, a ward, a country's own service, a statistic's verb: in words of the phone too
		{nz, "The office line closes at 1730. After 1730, phone or text 1737.", ""},
		{lifeline, "Our counselor's extension is 989. If your phone number begins with 989, call 988.", ""},
		{hotlineIn("IT", "1522", "112"), "Chiama il Comune allo 0522 456789, interno 152, o vieni in Corso Vittorio Emanuele 152.", ""},
		{hotlineIn("ES", "016", "112"), "Si prefieres hablar en persona, ven a la calle Mayor 216.", ""},
		{nz, "Write to us at Private Bag 1736, or call our office. Our phone counsellors are at Ward 173.", ""},
		{hotlineIn("IN", "1098", "112"), "The women's helpline number is 1091.", ""},
		{lifeline, "In June, calls to the line totalled 989 and peaked at 989 in one week.", ""},
	})
}

// A number that reads as the organisation's own but that no phone dials as printed: a Kenyan
// mobile grouped as a count is ("722 178 177" for 0722 178 177), which the trunk prefix's check
// passed as a count while the links dialled it; the line's number after a prefix that makes
// no number of the country ("0800 116 016" for 116 016 in Germany).
func TestOwnNumberNoPhoneDials(t *testing.T) {
	ke, de := hotlineIn("KE", "0722 178 177", "999"), hotlineIn("DE", "116 016", "112")
	checkProblemRows(t, []numberRow{
		{ke, "Tupigie simu kwa 722 178 177.", `"722 178 177" leaves out the trunk prefix 0: in KE it is dialled 0722 178 177`},
		{de, "Oder rufen Sie 0800 116 016 an.", `"0800 116 016" is no number in DE: it ends in 116 016 (hotline.call), after 0800, and dialled as printed it reaches no one (write {call} to print 116 016 from settings.yaml, or the number as it is dialled in DE)`},
		// what passes
		{ke, "Tupigie simu kwa 0722 178 177.", ""},
		{de, "Sie erreichen uns auch unter 08000 116 016 oder 116 016.", ""},
		{hotlineIn("", "1-888-373-7888", "911"), "We served 1 234 567 meals in 2023.", ""},
	})
}

// Words that ask to key a number in or to try it ask to dial it as "call" does, for the
// emergency number as for the line's own: "Press 912", "Tap 989 and wait", "Punch in 912",
// "Try 912 if the hotline is busy" were warned of beside 911 and refused beside 988 only in
// part. So is a number that does what a line does in a sentence of harm ("If you are hurt, 912
// will send an ambulance"), that answers short questions of it ("Hurt? Scared? 912.") or that
// is there for the reader ("Thinking of ending your life? 989 is there."), and one the words
// ask to keep for when it is needed ("Remember 912", "Keep 989 in your phone", "Recuerde el
// 912"). A menu's keys, rooms, counts and a number named as something else still pass.
func TestSlipsAfterWordsOfKeyingIn(t *testing.T) {
	us, lifeline := hotlineIn("", "1-888-373-7888", "911"), hotlineIn("", "988", "911")
	checkProblemRows(t, []numberRow{
		{us, "Press 912 on any phone.", `"912" is one slip away from hotline.emergency 911`},
		{us, "Punch in 912 if you are scared.", "one slip away from hotline.emergency 911"},
		{us, "Tap 912 and wait.", "one slip away from hotline.emergency 911"},
		{us, "Try 912 if the hotline is busy.", "one slip away from hotline.emergency 911"},
		{us, "Key in the number 912.", "one slip away from hotline.emergency 911"},
		{us, "En peligro, oprima el 912.", "one slip away from hotline.emergency 911"},
		{lifeline, "Tap 989 and wait.", `"989" is one slip away from hotline.call 988`},
		{lifeline, "Try 989 if you feel alone.", "one slip away from hotline.call 988"},
		{lifeline, "Punch in 989 any time.", "one slip away from hotline.call 988"},
		{lifeline, "Press 989 on any phone.", "one slip away from hotline.call 988"},
		{us, "If you are hurt, 912 will send an ambulance.", "one slip away from hotline.emergency 911"},
		{us, "If you are hurt, 912 can help.", "one slip away from hotline.emergency 911"},
		{us, "Hurt? Scared? 912.", "one slip away from hotline.emergency 911"},
		{lifeline, "Thinking of ending your life? 989 is there.", "one slip away from hotline.call 988"},
		{lifeline, "989 is there for you, day and night.", "one slip away from hotline.call 988"},
		{hotlineIn("FR", "3919", "112"), "Appuyez sur le 3918.", "one slip away from hotline.call 3919"},
		{us, "Tap 989 if you are thinking of suicide.", `"989", which the words ask to dial, is no number in US, and one slip from 988`},
		{hotlineIn("BR", "188", "190"), "Digite 189.", "which the words ask to dial, is no number in BR"},
		{us, "Remember 912", `"912" is one slip away from hotline.emergency 911`},
		{us, "Remember: 912 in an emergency.", "one slip away from hotline.emergency 911"},
		{lifeline, "Keep 989 in your phone.", `"989" is one slip away from hotline.call 988`},
		{us, "Keep 912 in your phone.", "one slip away from hotline.emergency 911"},
		{us, "Save 912.", "one slip away from hotline.emergency 911"},
		{us, "Save the number 912 in your contacts.", "one slip away from hotline.emergency 911"},
		{us, "Write down 912 and keep it safe.", "one slip away from hotline.emergency 911"},
		{us, "Memorize 912 today.", "one slip away from hotline.emergency 911"},
		{us, "Recuerde el 912.", "one slip away from hotline.emergency 911"},
		{us, "Guarde 912 en su teléfono.", "one slip away from hotline.emergency 911"},
		{us, "Anota el 912.", "one slip away from hotline.emergency 911"},
		{us, "Retenez le 912.", "one slip away from hotline.emergency 911"},
		{us, "Notez le 912 quelque part.", "one slip away from hotline.emergency 911"},
		{us, "Lembre-se: 912.", "one slip away from hotline.emergency 911"},
		{us, "Lembre-se do 912.", "one slip away from hotline.emergency 911"},
		{us, "Salve 912 no seu celular.", "one slip away from hotline.emergency 911"},
		{hotlineIn("FR", "3919", "112"), "Enregistrez le 3918 maintenant.", "one slip away from hotline.call 3919"},
		// what passes
		{us, "Press 1 for Spanish, press 2 for French. Press 11 to hear this again. Pulse 2.", ""},
		{us, "Tap 3 times. Try 12 of them. Try 912 tips. Press 911 in an emergency.", ""},
		{us, "Room 912 is upstairs. 912 people called. Press 1 · Oprima 2.", ""},
		{us, "If you are hurt, 912 volunteers will help. In danger? We have 912 beds.", ""},
		{us, "Is there a fee? How much? 912 dollars is the price. Questions? Ideas? 912 people wrote to us.", ""},
		{lifeline, "Room 989 is there, on the left. The office is there. 989 is the number of calls. Tap 988 and wait.", ""},
		{us, "Remember that 912 people came. Save 20% on fees. Keep 3 copies. Remember 9/11. Save 912 dollars.", ""},
		{us, "Remember 911 and save 1-888-373-7888 in your phone. Keep 912 beds ready. Guarde 2 copias.", ""},
	})
}
