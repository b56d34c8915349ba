<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>AboutThemPage</name>
        <message>
            <location filename="../../ui/pages/about_them.py" line="41" />
            <source>Diagnoses, as your family knows them</source>
            <translation>बीमारी का नाम, जैसा आपका परिवार जानता है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="42" />
            <source>For example: Alzheimer's disease, 2023</source>
            <translation>जैसे: अल्ज़ाइमर, 2023</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="46" />
            <source>Allergies</source>
            <translation>एलर्जी</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="47" />
            <source>Medicines or foods that cause a reaction, and what happens</source>
            <translation>किन दवाओं या खाने से दिक्कत होती है, और क्या होता है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="53" />
            <source>What matters to them</source>
            <translation>उनके लिए क्या मायने रखता है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="54" />
            <source>People, places, pets, music, faith, work…</source>
            <translation>लोग, जगहें, पालतू जानवर, संगीत, आस्था, काम…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="58" />
            <source>Their routines</source>
            <translation>उनकी दिनचर्या</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="59" />
            <source>Waking, meals, a daily walk, a programme never missed…</source>
            <translation>उठना, खाना, रोज़ की सैर, कोई पसंदीदा कार्यक्रम…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="65" />
            <source>What upsets them</source>
            <translation>उन्हें क्या परेशान करता है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="66" />
            <source>Noise, being rushed, a time of day…</source>
            <translation>शोर, जल्दबाज़ी, दिन का कोई समय…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="70" />
            <source>What calms them</source>
            <translation>उन्हें क्या शांत करता है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="71" />
            <source>A voice, a song, a walk, a photo album…</source>
            <translation>कोई आवाज़, गाना, सैर, फ़ोटो एल्बम…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="75" />
            <source>How they communicate</source>
            <translation>वे बात कैसे करते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="76" />
            <source>Hearing, glasses, language, how they show pain…</source>
            <translation>सुनना, चश्मा, भाषा, दर्द कैसे जताते हैं…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="80" />
            <source>Saved.</source>
            <translation>सेव हो गया।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="106" />
            <source>A page about who they are, in your family's words: for a hospital stay, a new carer or a respite break. Keep it up to date as things change.</source>
            <translation>वे कौन हैं, इस पर एक पन्ना, आपके परिवार के शब्दों में: अस्पताल में रहने, नए देखभाल करने वाले या कुछ दिनों की छुट्टी के लिए। चीज़ें बदलें तो इसे भी बदलते रहें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="113" />
            <source>The name they like to be called</source>
            <translation>जिस नाम से उन्हें बुलाया जाना पसंद है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="119" />
            <source>Not written</source>
            <translation>नहीं लिखा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="124" />
            <source>Full name</source>
            <translation>पूरा नाम</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="125" />
            <source>Known as</source>
            <translation>बुलाने का नाम</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="126" />
            <source>Date of birth</source>
            <translation>जन्म की तारीख़</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="135" />
            <source>Message</source>
            <translation>संदेश</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="136" />
            <source>Save my version</source>
            <translation>मेरा लिखा सेव करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="137" />
            <source>Save what is written here, on top of their change</source>
            <translation>यहाँ जो लिखा है उसे सेव करें, उनके बदलाव के ऊपर</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="146" />
            <source>Print / save the About me page…</source>
            <translation>‘मेरे बारे में’ पन्ना छापें / सेव करें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="147" />
            <source>Save changes</source>
            <translation>बदलाव सेव करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="207" />
            <source>{name} can read this page but not change it.</source>
            <translation>{name} यह पन्ना पढ़ सकते हैं, पर बदल नहीं सकते।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="226" />
            <source>About {name}</source>
            <translation>{name} के बारे में</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="276" />
            <source>The About me page is saved.</source>
            <translation>‘मेरे बारे में’ पन्ना सेव हो गया।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="301" />
            <source>{message}

What they changed:
{changes}</source>
            <translation>{message}

उन्होंने क्या बदला:
{changes}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="341" />
            <source>(now empty)</source>
            <translation>(अब ख़ाली)</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <location filename="../../ui/models/appointment_model.py" line="51" />
            <source>When</source>
            <translation>कब</translation>
        </message>
        <message>
            <location filename="../../ui/models/appointment_model.py" line="52" />
            <source>With whom, and why</source>
            <translation>किसके साथ, और क्यों</translation>
        </message>
        <message>
            <location filename="../../ui/models/appointment_model.py" line="64" />
            <source>Visit notes written</source>
            <translation>मुलाक़ात के नोट लिखे गए</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../ui/pages/appointments.py" line="38" />
            <source>No appointments coming up. “Add an appointment…” puts one here.</source>
            <translation>आगे कोई अपॉइंटमेंट नहीं है। “अपॉइंटमेंट जोड़ें…” से यहाँ जोड़ें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="41" />
            <source>Nothing to bring up yet. Entries of the kind “Question for the doctor”, and entries flagged for the appointment, appear here by themselves; you can also type a question below.</source>
            <translation>अभी पूछने को कुछ नहीं। “डॉक्टर से सवाल” वाली एंट्रियाँ और अपॉइंटमेंट के लिए चिह्नित एंट्रियाँ यहाँ अपने-आप आ जाती हैं; आप नीचे सवाल भी लिख सकते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="67" />
            <source>Add an appointment…</source>
            <translation>अपॉइंटमेंट जोड़ें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="69" />
            <location filename="../../ui/pages/appointments.py" line="147" />
            <source>Appointments</source>
            <translation>अपॉइंटमेंट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="73" />
            <source>Appointments coming up</source>
            <translation>आने वाले अपॉइंटमेंट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="75" />
            <source>Earlier appointments</source>
            <translation>पिछले अपॉइंटमेंट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="78" />
            <source>Earlier appointments, newest first</source>
            <translation>पिछले अपॉइंटमेंट, नए पहले</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="84" />
            <source>Change…</source>
            <translation>बदलें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="85" />
            <location filename="../../ui/pages/appointments.py" line="256" />
            <source>After the visit…</source>
            <translation>मुलाक़ात के बाद…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="87" />
            <source>Write down what was said and agreed, and medicine changes</source>
            <translation>क्या कहा गया, क्या तय हुआ, और दवा में बदलाव लिखें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="89" />
            <source>Report for this appointment</source>
            <translation>इस अपॉइंटमेंट की रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="96" />
            <source>To bring up at the appointment</source>
            <translation>अपॉइंटमेंट में पूछने की बातें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="99" />
            <source>A question for the doctor…</source>
            <translation>डॉक्टर से एक सवाल…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="100" />
            <source>A question for the doctor</source>
            <translation>डॉक्टर से एक सवाल</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="101" />
            <source>Add question</source>
            <translation>सवाल जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="102" />
            <source>Remove question</source>
            <translation>सवाल हटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="103" />
            <source>Remove the chosen question you typed here</source>
            <translation>यहाँ लिखा चुना हुआ सवाल हटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="113" />
            <source>To bring up</source>
            <translation>पूछने की बातें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="127" />
            <source>Questions for the doctor that you write in the diary gather here, ready for the next appointment.</source>
            <translation>डायरी में लिखे डॉक्टर के सवाल यहाँ इकट्ठा होते हैं, अगले अपॉइंटमेंट के लिए तैयार।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="133" />
            <source>Coming up</source>
            <translation>आगे आने वाले</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="145" />
            <source>Appointments and the report for the doctor</source>
            <translation>अपॉइंटमेंट और डॉक्टर के लिए रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="148" />
            <source>Report for the doctor</source>
            <translation>डॉक्टर के लिए रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="149" />
            <source>Ctrl+P from anywhere</source>
            <translation>कहीं से भी Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="249" />
            <source>Your concerns: {text}</source>
            <translation>आपकी चिंताएँ: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="251" />
            <source>What you need: {text}</source>
            <translation>आपको क्या चाहिए: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="256" />
            <source>Visit notes are in the diary</source>
            <translation>मुलाक़ात के नोट डायरी में हैं</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="309" />
            <source>The appointment with {name} is on the list.</source>
            <translation>{name} के साथ अपॉइंटमेंट सूची में है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="320" />
            <source>The appointment is saved.</source>
            <translation>अपॉइंटमेंट सेव हो गया।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="335" />
            <source>The notes from the visit are in the diary.</source>
            <translation>मुलाक़ात के नोट डायरी में हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="355" />
            <source>The question is on the list.</source>
            <translation>सवाल सूची में है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="375" />
            <source>The question is off the list. Its words are back in the box.</source>
            <translation>सवाल सूची से हट गया। उसके शब्द वापस बॉक्स में हैं।</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <location filename="../../ui/models/card_list_model.py" line="55" />
            <source>{title}, in your favourites</source>
            <translation>{title}, आपके पसंदीदा में</translation>
        </message>
    </context>
    <context>
        <name>CardRow</name>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="40" />
            <source>Helped</source>
            <translation>मदद मिली</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="41" />
            <source>Didn't help</source>
            <translation>मदद नहीं मिली</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="42" />
            <source>Not sure yet</source>
            <translation>अभी पक्का नहीं</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="78" />
            <source>Card tried: {title}</source>
            <translation>आज़माया गया कार्ड: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="87" />
            <source>Did it help?</source>
            <translation>क्या मदद मिली?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="97" />
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="99" />
            <source>Remove {title} from the ideas we tried</source>
            <translation>{title} को आज़माए गए सुझावों से हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>CardSuggestions</name>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="26" />
            <source>Ideas that may help:</source>
            <translation>सुझाव जो मदद कर सकते हैं:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="27" />
            <source>+ We tried this</source>
            <translation>+ हमने यह आज़माया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="52" />
            <source>Guidance cards that may help</source>
            <translation>सलाह कार्ड जो मदद कर सकते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="95" />
            <location filename="../../ui/widgets/card_suggestions.py" line="134" />
            <source>Open the card: {title}</source>
            <translation>कार्ड खोलें: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="135" />
            <source>Open this guidance card</source>
            <translation>यह सलाह कार्ड खोलें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="143" />
            <source>We tried this: {title}</source>
            <translation>हमने यह आज़माया: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="144" />
            <source>Add this card to the ideas we tried in this episode</source>
            <translation>इस कार्ड को इस घटना में आज़माए गए सुझावों में जोड़ें</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="30" />
            <source>What has helped before in your family</source>
            <translation>आपके परिवार में पहले क्या काम आया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="31" />
            <source>When you note in the diary that you tried these ideas, it will show here. It helps everyone see what works for them.</source>
            <translation>जब आप डायरी में लिखेंगे कि आपने ये सुझाव आज़माए, तो वह यहाँ दिखेगा। इससे सबको पता चलता है कि उनके लिए क्या काम करता है।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="36" />
            <source>Looking in the diary…</source>
            <translation>डायरी में देख रहे हैं…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="37" />
            <source>The diary could not be read just now. The card itself is all here.</source>
            <translation>अभी डायरी पढ़ी नहीं जा सकी। कार्ड पूरा यहाँ है।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="40" />
            <source>Choose your country in Settings to see your local numbers here.</source>
            <translation>अपने देश के नंबर यहाँ देखने के लिए सेटिंग्स में देश चुनें।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="43" />
            <source>☆ Add to favourites</source>
            <translation>☆ पसंदीदा में जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="44" />
            <source>★ In your favourites</source>
            <translation>★ आपके पसंदीदा में</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="66" />
            <source>How it may feel for you</source>
            <translation>आपको कैसा लग सकता है</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="67" />
            <source>What it may feel like for them</source>
            <translation>उन्हें कैसा लग सकता है</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="105" />
            <source>← Back</source>
            <translation>← वापस</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="106" />
            <source>Back</source>
            <translation>वापस</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="107" />
            <source>Back (Backspace or Alt+Left)</source>
            <translation>वापस (Backspace या Alt+Left)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="110" />
            <source>Favourite</source>
            <translation>पसंदीदा</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="111" />
            <source>Present full screen</source>
            <translation>पूरी स्क्रीन पर दिखाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="112" />
            <source>Show this card full screen, for a group (F5)</source>
            <translation>यह कार्ड पूरी स्क्रीन पर दिखाएँ, समूह के लिए (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="113" />
            <source>Print…</source>
            <translation>छापें…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="114" />
            <source>Print this card, or several, as pocket cards</source>
            <translation>यह कार्ड, या कई कार्ड, जेब वाले कार्ड की तरह छापें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="185" />
            <source>What helps</source>
            <translation>क्या मदद करता है</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="186" />
            <source>What to avoid</source>
            <translation>किससे बचें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="188" />
            <source>Things you can say</source>
            <translation>आप क्या कह सकते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="194" />
            <source>Related cards</source>
            <translation>मिलते-जुलते कार्ड</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="202" />
            <source>Sources</source>
            <translation>स्रोत</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="204" />
            <source>Last reviewed {day}.</source>
            <translation>आख़िरी बार जाँचा गया: {day}।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="216" />
            <source>Get urgent help when…</source>
            <translation>तुरंत मदद लें जब…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="239" />
            <source>Open the card: {title}</source>
            <translation>कार्ड खोलें: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="316" />
            <source>This card is in your favourites</source>
            <translation>यह कार्ड आपके पसंदीदा में है</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="318" />
            <source>Keep this card in your favourites</source>
            <translation>यह कार्ड अपने पसंदीदा में रखें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="351" />
            <source>private: only you can see it</source>
            <translation>निजी: सिर्फ़ आप देख सकते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="357" />
            <source>What we tried</source>
            <translation>हमने क्या आज़माया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="358" />
            <source>What helped</source>
            <translation>क्या काम आया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="363" />
            <source>{name}: {text}</source>
            <translation>{name}: {text}</translation>
        </message>
    </context>
    <context>
        <name>CardsTried</name>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="34" />
            <source>Ideas we tried from the guidance cards</source>
            <translation>सलाह कार्ड के सुझाव जो हमने आज़माए</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="35" />
            <source>Type a card's name and press Enter, then say whether its ideas helped.</source>
            <translation>कार्ड का नाम लिखकर Enter दबाएँ, फिर बताएँ कि उसके सुझावों से मदद मिली या नहीं।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="38" />
            <source>Type a card's name…</source>
            <translation>कार्ड का नाम लिखें…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="159" />
            <source>Add a guidance card we tried</source>
            <translation>आज़माया हुआ सलाह कार्ड जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="168" />
            <source>Add</source>
            <translation>जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="169" />
            <source>Add this card</source>
            <translation>यह कार्ड जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="225" />
            <source>A card no longer in Kindred ({card})</source>
            <translation>एक कार्ड जो अब Kindred में नहीं है ({card})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="285" />
            <source>No card matches “{typed}”. Try another word.</source>
            <translation>“{typed}” से कोई कार्ड नहीं मिला। कोई और शब्द आज़माएँ।</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../../ui/pages/coming_soon.py" line="12" />
            <source>This part of Kindred is still being built. Everything you write in the diary is kept safe in the meantime.</source>
            <translation>Kindred का यह हिस्सा अभी बन रहा है। तब तक डायरी में लिखी हर बात सुरक्षित रहती है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/coming_soon.py" line="28" />
            <source>Coming soon</source>
            <translation>जल्द आ रहा है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/coming_soon.py" line="46" />
            <source>{page}: coming soon</source>
            <translation>{page}: जल्द आ रहा है</translation>
        </message>
    </context>
    <context>
        <name>DemoBand</name>
        <message>
            <location filename="../../ui/demo_mode.py" line="28" />
            <source>Demo — not real data. A fictional family, for trying Kindred and for talks.</source>
            <translation>डेमो — असली जानकारी नहीं। एक काल्पनिक परिवार, Kindred आज़माने और बातचीत के लिए।</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="45" />
            <source>Demo notice</source>
            <translation>डेमो सूचना</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="46" />
            <location filename="../../ui/demo_mode.py" line="47" />
            <source>Reset demo</source>
            <translation>डेमो फिर से शुरू करें</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="48" />
            <source>Throw away every change made in the demo</source>
            <translation>डेमो में किए सारे बदलाव हटा दें</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="49" />
            <location filename="../../ui/demo_mode.py" line="50" />
            <source>Leave the demo</source>
            <translation>डेमो से बाहर निकलें</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="51" />
            <source>Close the demo; nothing in it is kept</source>
            <translation>डेमो बंद करें; उसमें से कुछ नहीं रखा जाता</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="67" />
            <source>The demo is back as it started.</source>
            <translation>डेमो फिर से शुरुआत जैसा है।</translation>
        </message>
    </context>
    <context>
        <name>DiaryPage</name>
        <message>
            <location filename="../../ui/pages/diary.py" line="45" />
            <source>Any time</source>
            <translation>कभी भी</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="46" />
            <source>Last 7 days</source>
            <translation>पिछले 7 दिन</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="47" />
            <source>Last 30 days</source>
            <translation>पिछले 30 दिन</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="48" />
            <source>Last 90 days</source>
            <translation>पिछले 90 दिन</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="49" />
            <source>Choose dates…</source>
            <translation>तारीख़ें चुनें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="69" />
            <source>Diary</source>
            <translation>डायरी</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="71" />
            <source>New entry</source>
            <translation>नई एंट्री</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="73" />
            <source>Write a new entry (Ctrl+N)</source>
            <translation>नई एंट्री लिखें (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="75" />
            <source>Search the diary…</source>
            <translation>डायरी में खोजें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="77" />
            <source>Search the diary</source>
            <translation>डायरी में खोजें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="78" />
            <source>Results appear as you type</source>
            <translation>लिखते-लिखते नतीजे दिखते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="81" />
            <source>Written by</source>
            <translation>किसने लिखा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="83" />
            <source>Kind of entry</source>
            <translation>एंट्री का प्रकार</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="85" />
            <source>When</source>
            <translation>कब</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="90" />
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="90" />
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="97" />
            <location filename="../../ui/pages/diary.py" line="99" />
            <source>Tag</source>
            <translation>टैग</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="98" />
            <source>Any tag</source>
            <translation>कोई भी टैग</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="100" />
            <source>For the appointment</source>
            <translation>अपॉइंटमेंट के लिए</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="101" />
            <source>Only entries flagged for the next appointment</source>
            <translation>सिर्फ़ अगले अपॉइंटमेंट के लिए चिह्नित एंट्रियाँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="102" />
            <source>Private</source>
            <translation>निजी</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="103" />
            <source>Only my private entries</source>
            <translation>सिर्फ़ मेरी निजी एंट्रियाँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="104" />
            <location filename="../../ui/pages/diary.py" line="435" />
            <source>Clear filters</source>
            <translation>फ़िल्टर हटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="121" />
            <source>Number of entries shown</source>
            <translation>दिख रही एंट्रियों की संख्या</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="125" />
            <source>Diary entries, newest first</source>
            <translation>डायरी की एंट्रियाँ, नई पहले</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="151" />
            <source>Edit</source>
            <translation>बदलें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="152" />
            <source>Edit the chosen entry (Enter)</source>
            <translation>चुनी हुई एंट्री बदलें (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="153" />
            <source>History</source>
            <translation>इतिहास</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="154" />
            <source>Who changed this entry, and when (Ctrl+H)</source>
            <translation>इस एंट्री को किसने और कब बदला (Ctrl+H)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="155" />
            <source>Delete</source>
            <translation>मिटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="156" />
            <source>Delete the chosen entry (Delete). You can undo it.</source>
            <translation>चुनी हुई एंट्री मिटाएँ (Delete)। आप इसे वापस ला सकते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="157" />
            <source>Undo delete</source>
            <translation>मिटाना वापस लें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="158" />
            <source>Bring back the entry you just deleted (Ctrl+Z)</source>
            <translation>अभी मिटाई एंट्री वापस लाएँ (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="185" />
            <source>Everyone</source>
            <translation>सभी</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="191" />
            <source>All kinds</source>
            <translation>सभी प्रकार</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="320" />
            <location filename="../../ui/pages/diary.py" line="328" />
            <source>Saved.</source>
            <translation>सेव हो गया।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="339" />
            <source>Copied. Kindred asked clipboard managers not to keep it.</source>
            <translation>कॉपी हो गया। Kindred ने क्लिपबोर्ड ऐप से इसे न रखने को कहा है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="367" />
            <source>Entry deleted. Press Ctrl+Z or “Undo delete” to bring it back.</source>
            <translation>एंट्री मिट गई। वापस लाने के लिए Ctrl+Z या “मिटाना वापस लें” दबाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="380" />
            <source>The entry is back.</source>
            <translation>एंट्री वापस आ गई।</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/diary.py" line="424" />
            <source>%n+ entries</source>
            <translation>
                <numerusform>%n+ एंट्री</numerusform>
                <numerusform>%n+ एंट्रियाँ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/diary.py" line="427" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n एंट्री</numerusform>
                <numerusform>%n एंट्रियाँ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="433" />
            <source>No entries match. Try fewer words or clear the filters.</source>
            <translation>कोई एंट्री नहीं मिली। कम शब्द आज़माएँ या फ़िल्टर हटाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="437" />
            <source>No entries yet — what happened today?</source>
            <translation>अभी कोई एंट्री नहीं — आज क्या हुआ?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="438" />
            <source>Write the first entry</source>
            <translation>पहली एंट्री लिखें</translation>
        </message>
    </context>
    <context>
        <name>DoseRow</name>
        <message>
            <location filename="../../ui/pages/medications.py" line="78" />
            <source>{medicine} today</source>
            <translation>आज {medicine}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="86" />
            <source>Note a dose of {medicine} as {outcome}, now</source>
            <translation>{medicine} की ख़ुराक को अभी ‘{outcome}’ लिखें</translation>
        </message>
    </context>
    <context>
        <name>EntryCardDelegate</name>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="62" />
            <source>⚑ For the next appointment</source>
            <translation>⚑ अगले अपॉइंटमेंट के लिए</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="66" />
            <source>🔒 Private</source>
            <translation>🔒 निजी</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="76" />
            <source>Before</source>
            <translation>पहले</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="77" />
            <source>What they did</source>
            <translation>उन्होंने क्या किया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="78" />
            <source>What we tried</source>
            <translation>हमने क्या आज़माया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="79" />
            <source>What helped</source>
            <translation>क्या काम आया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="88" />
            <source>Mood {value}/10 ({word})</source>
            <translation>मूड {value}/10 ({word})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="94" />
            <source>Distress {value}/10 ({word})</source>
            <translation>परेशानी {value}/10 ({word})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="100" />
            <source>Slept {hours} h</source>
            <translation>{hours} घंटे सोए</translation>
        </message>
    </context>
    <context>
        <name>GuidancePage</name>
        <message>
            <location filename="../../ui/pages/guidance.py" line="65" />
            <source>Your favourites</source>
            <translation>आपके पसंदीदा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="66" />
            <location filename="../../ui/pages/guidance.py" line="153" />
            <source>Recently viewed</source>
            <translation>हाल में देखे</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="69" />
            <source>What is happening? For example: he won't stop shouting</source>
            <translation>क्या हो रहा है? जैसे: वे चिल्लाना बंद नहीं कर रहे</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="72" />
            <source>No favourites yet. Open a card and choose “Add to favourites” to keep it here.</source>
            <translation>अभी कोई पसंदीदा नहीं। कोई कार्ड खोलें और “पसंदीदा में जोड़ें” चुनें, वह यहाँ रहेगा।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="76" />
            <source>Cards you open will be listed here, so you can find them again.</source>
            <translation>आप जो कार्ड खोलेंगे वे यहाँ दिखेंगे, ताकि आप उन्हें फिर ढूँढ सकें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="82" />
            <source>No card matches “{query}” yet. Try other words, like “angry”, “confused” or “can't sleep”. If someone may be in danger, press “I need help now” at the top.</source>
            <translation>“{query}” से अभी कोई कार्ड नहीं मिला। दूसरे शब्द आज़माएँ, जैसे “ग़ुस्सा”, “उलझन” या “नींद नहीं आती”। अगर किसी की जान ख़तरे में हो सकती है, तो ऊपर “मुझे अभी मदद चाहिए” दबाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="123" />
            <source>Guidance</source>
            <translation>सलाह</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="125" />
            <source>Print pocket cards…</source>
            <translation>जेब वाले कार्ड छापें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="127" />
            <source>Print cards large, two or four to a page, to cut out</source>
            <translation>कार्ड बड़े छापें, एक पन्ने पर दो या चार, काटने के लिए</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="134" />
            <source>Short, kind ideas for hard moments. Type what is happening, in your own words.</source>
            <translation>मुश्किल पलों के लिए छोटे, प्यार भरे सुझाव। अपने शब्दों में लिखें कि क्या हो रहा है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="141" />
            <source>Search the guidance cards</source>
            <translation>सलाह कार्ड में खोजें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="149" />
            <source>All cards</source>
            <translation>सभी कार्ड</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="152" />
            <source>★ Favourites</source>
            <translation>★ पसंदीदा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="160" />
            <source>Show {section}</source>
            <translation>{section} दिखाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="175" />
            <source>Guidance cards</source>
            <translation>सलाह कार्ड</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/guidance.py" line="256" />
            <source>%n cards may help, best first (searching all cards).</source>
            <translation>
                <numerusform>%n कार्ड मदद कर सकता है, सबसे अच्छा पहले (सभी कार्ड में खोजा)।</numerusform>
                <numerusform>%n कार्ड मदद कर सकते हैं, सबसे अच्छे पहले (सभी कार्ड में खोजा)।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/guidance.py" line="301" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n कार्ड</numerusform>
                <numerusform>%n कार्ड</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="427" />
            <source>Pocket cards saved to {path}.</source>
            <translation>जेब वाले कार्ड यहाँ सेव हुए: {path}</translation>
        </message>
    </context>
    <context>
        <name>HelpNowPage</name>
        <message>
            <location filename="../../ui/pages/help_now.py" line="32" />
            <source>Is someone in danger right now?</source>
            <translation>क्या अभी किसी की जान ख़तरे में है?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="33" />
            <source>Choose your country in Settings to see local numbers.</source>
            <translation>अपने देश के नंबर देखने के लिए सेटिंग्स में देश चुनें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="36" />
            <source>We don't have local numbers for your country yet.</source>
            <translation>आपके देश के नंबर अभी हमारे पास नहीं हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="39" />
            <source>Call your local emergency number</source>
            <translation>अपने यहाँ का इमरजेंसी नंबर मिलाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="94" />
            <source>What to do</source>
            <translation>क्या करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="98" />
            <source>Crisis lines in {place}</source>
            <translation>{place} की क्राइसिस हेल्पलाइन</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="102" />
            <source>Advice and support (not for emergencies)</source>
            <translation>सलाह और सहारा (इमरजेंसी के लिए नहीं)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="109" />
            <source>These numbers were last checked on {day}.</source>
            <translation>ये नंबर आख़िरी बार {day} को जाँचे गए।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="122" />
            <source>If someone could die or be badly hurt:</source>
            <translation>अगर किसी की जान जा सकती है या उसे गंभीर चोट लग सकती है:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="133" />
            <source>The emergency number in {place}: ambulance, police, fire.</source>
            <translation>{place} में इमरजेंसी नंबर: एम्बुलेंस, पुलिस, फ़ायर।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="155" />
            <source>{first} or {second}</source>
            <translation>{first} या {second}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="167" />
            <source>Call {number}</source>
            <translation>{number} मिलाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="173" />
            <source>your local emergency number</source>
            <translation>अपने यहाँ का इमरजेंसी नंबर</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="179" />
            <source>Call a crisis line now, for example {name} ({number}).</source>
            <translation>अभी किसी क्राइसिस हेल्पलाइन को फ़ोन करें, जैसे {name} ({number})।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="183" />
            <source>All the lines are below.</source>
            <translation>सारी हेल्पलाइन नीचे हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="187" />
            <source>Call a local crisis line, or your doctor's out-of-hours service.</source>
            <translation>अपने यहाँ की क्राइसिस हेल्पलाइन या डॉक्टर की रात/छुट्टी वाली सेवा को फ़ोन करें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="193" />
            <source>Danger to life</source>
            <translation>जान का ख़तरा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="194" />
            <source>They are badly hurt, not breathing normally or not waking up, have taken an overdose, have a weapon, or talk about a plan to end their life.</source>
            <translation>उन्हें गंभीर चोट है, वे ठीक से साँस नहीं ले रहे या जाग नहीं रहे, उन्होंने बहुत ज़्यादा दवा ले ली है, उनके पास हथियार है, या वे अपनी जान लेने की योजना की बात करते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="199" />
            <source>Call {number} now. If you feel unsafe, get yourself and others to a safe place first, then call.</source>
            <translation>अभी {number} मिलाएँ। अगर आपको डर लगे, तो पहले ख़ुद को और दूसरों को सुरक्षित जगह ले जाएँ, फिर फ़ोन करें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="207" />
            <source>Urgent, but no one is in danger this minute</source>
            <translation>ज़रूरी है, पर इस पल किसी की जान ख़तरे में नहीं</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="210" />
            <source>They are very distressed, not making sense, talking about not wanting to live, or suddenly much more confused than usual.</source>
            <translation>वे बहुत परेशान हैं, उनकी बातें समझ नहीं आ रहीं, वे जीना न चाहने की बात करते हैं, या अचानक हमेशा से बहुत ज़्यादा उलझन में हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="217" />
            <source>Sudden new confusion needs a doctor today.</source>
            <translation>अचानक नई उलझन हो तो आज ही डॉक्टर को दिखाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="223" />
            <source>Worrying, but it can wait a little</source>
            <translation>चिंता की बात है, पर थोड़ा रुक सकते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="224" />
            <source>Things are hard, but everyone is safe for now.</source>
            <translation>हालात मुश्किल हैं, पर अभी सब सुरक्षित हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="227" />
            <source>Call their doctor or care team in opening hours. Write down what happened in the diary, so you can tell them.</source>
            <translation>खुलने के समय में उनके डॉक्टर या देखभाल टीम को फ़ोन करें। जो हुआ उसे डायरी में लिख लें, ताकि आप उन्हें बता सकें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="250" />
            <source>Step {number}: {title}</source>
            <translation>क़दम {number}: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="275" />
            <source>Also: {numbers}</source>
            <translation>और भी: {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="284" />
            <source>You can also text {number}.</source>
            <translation>आप {number} पर मैसेज भी भेज सकते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="292" />
            <source>You can call or text {number}.</source>
            <translation>आप {number} पर फ़ोन या मैसेज कर सकते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="304" />
            <source>Languages: {names}</source>
            <translation>भाषाएँ: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="312" />
            <source>the {country}</source>
            <translation>{country}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="44" />
            <source>Kindred is locked</source>
            <translation>Kindred लॉक है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="53" />
            <source>Your diary is locked</source>
            <translation>आपकी डायरी लॉक है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="57" />
            <source>Kindred locked the diary to keep it private. Everything you wrote is safe.</source>
            <translation>Kindred ने डायरी को निजी रखने के लिए लॉक किया है। आपकी लिखी हर बात सुरक्षित है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="62" />
            <location filename="../../ui/pages/lock_screen.py" line="171" />
            <source>Unlock</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="64" />
            <source>Unlock the diary</source>
            <translation>डायरी खोलें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="171" />
            <source>Opening…</source>
            <translation>खुल रही है…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>Today</source>
            <translation>आज</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>Diary</source>
            <translation>डायरी</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="51" />
            <source>Guidance</source>
            <translation>सलाह</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="52" />
            <source>Medications</source>
            <translation>दवाइयाँ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="53" />
            <source>Appointments &amp; reports</source>
            <translation>अपॉइंटमेंट और रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="54" />
            <source>About them</source>
            <translation>उनके बारे में</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="55" />
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="62" />
            <source>Write a new entry</source>
            <translation>नई एंट्री लिखें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Search the diary, or the cards on the Guidance page</source>
            <translation>डायरी में, या सलाह पन्ने पर कार्ड में खोजें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="69" />
            <source>Show the chosen guidance card full screen, for a group</source>
            <translation>चुना हुआ सलाह कार्ड पूरी स्क्रीन पर दिखाएँ, समूह के लिए</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="71" />
            <source>Back to the card or list before</source>
            <translation>पिछले कार्ड या सूची पर वापस</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="72" />
            <source>Reports for appointments</source>
            <translation>अपॉइंटमेंट के लिए रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="73" />
            <source>Undo the last delete</source>
            <translation>आख़िरी बार मिटाया हुआ वापस लाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="74" />
            <source>Make text bigger or smaller</source>
            <translation>अक्षर बड़े या छोटे करें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="75" />
            <source>Lock the diary now</source>
            <translation>डायरी अभी लॉक करें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="78" />
            <source>Presentation mode: large text, high contrast, private entries hidden</source>
            <translation>प्रस्तुति मोड: बड़े अक्षर, तेज़ कंट्रास्ट, निजी एंट्रियाँ छिपी</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>Edit, delete or see the history of the chosen entry</source>
            <translation>चुनी हुई एंट्री बदलें, मिटाएँ या उसका इतिहास देखें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="88" />
            <source>Move between controls; arrows move in lists</source>
            <translation>एक चीज़ से दूसरी पर जाएँ; सूचियों में तीर वाले बटन</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="90" />
            <source>This help</source>
            <translation>यह मदद</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="143" />
            <location filename="../../ui/main_window.py" line="237" />
            <source>Sections</source>
            <translation>हिस्से</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <location filename="../../ui/main_window.py" line="235" />
            <source>← Back</source>
            <translation>← वापस</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <location filename="../../ui/main_window.py" line="236" />
            <source>Back</source>
            <translation>वापस</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <location filename="../../ui/main_window.py" line="209" />
            <location filename="../../ui/main_window.py" line="210" />
            <location filename="../../ui/main_window.py" line="244" />
            <source>I need help now</source>
            <translation>मुझे अभी मदद चाहिए</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>The person you care for</source>
            <translation>जिनकी आप देखभाल करते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>Writing as</source>
            <translation>लिखने वाले</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Who is writing</source>
            <translation>कौन लिख रहा है</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>Choose who is writing, if several of you share this computer</source>
            <translation>अगर कई लोग यह कंप्यूटर इस्तेमाल करते हैं, तो चुनें कि कौन लिख रहा है</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>Lock</source>
            <translation>लॉक</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Lock the diary now (Ctrl+L)</source>
            <translation>डायरी अभी लॉक करें (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>Lock the diary</source>
            <translation>डायरी लॉक करें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <location filename="../../ui/main_window.py" line="417" />
            <source>Present</source>
            <translation>प्रस्तुत करें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>Presentation mode</source>
            <translation>प्रस्तुति मोड</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>For a room or a projector: large text, high contrast, private entries and the writer hidden (Ctrl+Shift+P)</source>
            <translation>कमरे या प्रोजेक्टर के लिए: बड़े अक्षर, तेज़ कंट्रास्ट, निजी एंट्रियाँ और लिखने वाले का नाम छिपा (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="212" />
            <source>Emergency and crisis numbers, in one click</source>
            <translation>इमरजेंसी और संकट के नंबर, एक क्लिक में</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="399" />
            <source>Caring for {name}</source>
            <translation>{name} की देखभाल</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="417" />
            <source>Stop presenting</source>
            <translation>प्रस्तुति बंद करें</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="431" />
            <source>Presentation mode: private entries are hidden.</source>
            <translation>प्रस्तुति मोड: निजी एंट्रियाँ छिपी हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="433" />
            <source>Presentation mode is off.</source>
            <translation>प्रस्तुति मोड बंद है।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <source>Now writing as {name}.</source>
            <translation>अब {name} लिख रहे हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="491" />
            <source>That guidance card could not be found.</source>
            <translation>वह सलाह कार्ड नहीं मिला।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="504" />
            <source>There is nothing to undo.</source>
            <translation>वापस लेने को कुछ नहीं है।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="517" />
            <source>Text size {percent} %.</source>
            <translation>अक्षरों का आकार {percent} %।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Help</source>
            <translation>मदद</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="537" />
            <source>Everything in Kindred works from the keyboard.</source>
            <translation>Kindred में सब कुछ कीबोर्ड से चलता है।</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="539" />
            <source>The red “I need help now” button is always at the top right.</source>
            <translation>लाल “मुझे अभी मदद चाहिए” बटन हमेशा ऊपर दाईं ओर है।</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../../ui/pages/medications.py" line="38" />
            <source>No medicines on the list yet. “Add a medicine…” starts it.</source>
            <translation>सूची में अभी कोई दवा नहीं। “दवा जोड़ें…” से शुरू करें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="41" />
            <source>Nothing noted yet today.</source>
            <translation>आज अभी कुछ नहीं लिखा गया।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="42" />
            <source>Choose a medicine in the list to see every change to it.</source>
            <translation>किसी दवा में हुए सारे बदलाव देखने के लिए उसे सूची में चुनें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="55" />
            <source>{outcome} at {time} ({name})</source>
            <translation>{time} पर {outcome} ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="60" />
            <source>Today: {doses}.</source>
            <translation>आज: {doses}।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="119" />
            <source>Medications</source>
            <translation>दवाइयाँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="120" />
            <source>Add a medicine…</source>
            <translation>दवा जोड़ें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="125" />
            <source>The list comes from every change you write down, with who decided and why. It goes into the report for the doctor.</source>
            <translation>यह सूची आपके लिखे हर बदलाव से बनती है, किसने तय किया और क्यों। यह डॉक्टर की रिपोर्ट में जाती है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="132" />
            <source>Medicines today</source>
            <translation>आज की दवाइयाँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="135" />
            <source>One click notes a dose as given, missed or refused, now, by you.</source>
            <translation>एक क्लिक से ख़ुराक दी गई, छूटी या मना की गई लिखी जाती है, अभी, आपके नाम से।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="142" />
            <source>Medicines being taken will be listed here.</source>
            <translation>जो दवाइयाँ चल रही हैं, वे यहाँ दिखेंगी।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="150" />
            <location filename="../../ui/pages/medications.py" line="178" />
            <source>Current medicines</source>
            <translation>अभी चल रही दवाइयाँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="152" />
            <source>Show stopped medicines too</source>
            <translation>बंद हो चुकी दवाइयाँ भी दिखाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="153" />
            <source>Record a change…</source>
            <translation>बदलाव लिखें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="155" />
            <source>A new dose, a pause, a stop or a restart, with the reason</source>
            <translation>नई ख़ुराक, कुछ समय रोकना, बंद करना या फिर शुरू करना, कारण के साथ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="164" />
            <location filename="../../ui/pages/medications.py" line="285" />
            <source>Changes</source>
            <translation>बदलाव</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="167" />
            <source>Changes to the chosen medicine, newest first</source>
            <translation>चुनी हुई दवा में बदलाव, नए पहले</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="253" />
            <source>{name} can read the diary but not write in it.</source>
            <translation>{name} डायरी पढ़ सकते हैं, पर उसमें लिख नहीं सकते।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="288" />
            <source>Changes to {medicine}, newest first</source>
            <translation>{medicine} में बदलाव, नए पहले</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="309" />
            <source>{medicine} is on the list.</source>
            <translation>{medicine} सूची में है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="321" />
            <source>{medicine}: “{change}” is in its history.</source>
            <translation>{medicine}: “{change}” उसके इतिहास में है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="339" />
            <source>Noted: {medicine} {outcome} at {time}.</source>
            <translation>लिख लिया: {medicine} {time} पर {outcome}।</translation>
        </message>
    </context>
    <context>
        <name>MedicineTableModel</name>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="94" />
            <source>Medicine</source>
            <translation>दवा</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="95" />
            <source>How, and what for</source>
            <translation>कैसे, और किसलिए</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="93" />
            <source>Preview of the pages</source>
            <translation>पन्नों की झलक</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="94" />
            <location filename="../../ui/widgets/pdf_preview.py" line="123" />
            <source>Preparing the preview…</source>
            <translation>झलक तैयार हो रही है…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="97" />
            <source>About the preview</source>
            <translation>झलक के बारे में</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pdf_preview.py" line="119" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n पन्ना</numerusform>
                <numerusform>%n पन्ने</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationBar</name>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="14" />
            <source>Presentation mode: private entries and who is writing are hidden.</source>
            <translation>प्रस्तुति मोड: निजी एंट्रियाँ और लिखने वाले का नाम छिपा है।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="17" />
            <source>Presentation mode is on</source>
            <translation>प्रस्तुति मोड चालू है</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="18" />
            <location filename="../../ui/widgets/presentation_bar.py" line="19" />
            <source>Leave presentation mode</source>
            <translation>प्रस्तुति मोड से बाहर निकलें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="21" />
            <source>Back to your own text size and colours, and every entry (Ctrl+Shift+P)</source>
            <translation>अपने अक्षरों के आकार, रंगों और सारी एंट्रियों पर वापस (Ctrl+Shift+P)</translation>
        </message>
    </context>
    <context>
        <name>RatingRow</name>
        <message>
            <location filename="../../ui/widgets/rating.py" line="30" />
            <source>Not rated</source>
            <translation>नंबर नहीं दिया</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="79" />
            <source>0 means {low}, 10 means {high}.</source>
            <translation>0 का मतलब {low}, 10 का मतलब {high}।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="89" />
            <source>{name}, 0 to 10</source>
            <translation>{name}, 0 से 10</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="94" />
            <source>Clear</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="96" />
            <source>Clear the {name} rating</source>
            <translation>{name} का नंबर हटाएँ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="101" />
            <source>Leave {name} not rated</source>
            <translation>{name} का नंबर न दें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="177" />
            <source>Mood</source>
            <translation>मूड</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="179" />
            <source>very low</source>
            <translation>बहुत उदास</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="180" />
            <source>very good</source>
            <translation>बहुत अच्छा</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="186" />
            <source>Distress</source>
            <translation>परेशानी</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="188" />
            <source>calm</source>
            <translation>शांत</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="189" />
            <source>extreme</source>
            <translation>बहुत ज़्यादा</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="49" />
            <source>Situation: the main concerns now</source>
            <translation>हालात: अभी की मुख्य चिंताएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="52" />
            <source>Background: diagnoses, allergies, medicines and their changes</source>
            <translation>पृष्ठभूमि: बीमारियाँ, एलर्जी, दवाइयाँ और उनमें बदलाव</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="58" />
            <source>Assessment: mood, distress and sleep, episodes, doses</source>
            <translation>आकलन: मूड, परेशानी और नींद, घटनाएँ, ख़ुराकें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="62" />
            <source>Requests: your questions and what you need</source>
            <translation>अनुरोध: आपके सवाल और आपको क्या चाहिए</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="66" />
            <source>Appendix: the diary entries flagged for the appointment</source>
            <translation>परिशिष्ट: अपॉइंटमेंट के लिए चिह्नित डायरी एंट्रियाँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="68" />
            <source>The “About them” page</source>
            <translation>“उनके बारे में” पन्ना</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="95" />
            <source>For an appointment:</source>
            <translation>किसी अपॉइंटमेंट के लिए:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="97" />
            <source>Appointment</source>
            <translation>अपॉइंटमेंट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="103" />
            <source>Between two dates:</source>
            <translation>दो तारीख़ों के बीच:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="106" />
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="107" />
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="113" />
            <source>to</source>
            <translation>से</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="116" />
            <source>Your main concerns now, in your own words</source>
            <translation>अभी आपकी मुख्य चिंताएँ, आपके अपने शब्दों में</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="117" />
            <source>Your main concerns now</source>
            <translation>अभी आपकी मुख्य चिंताएँ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="118" />
            <source>What you need: help at home, a letter…</source>
            <translation>आपको क्या चाहिए: घर पर मदद, कोई चिट्ठी…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="119" />
            <source>What you need</source>
            <translation>आपको क्या चाहिए</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="132" />
            <source>Shorten our names to initials (recommended)</source>
            <translation>हमारे नाम के सिर्फ़ पहले अक्षर दिखाएँ (सुझाया गया)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="135" />
            <source>Include my own private entries</source>
            <translation>मेरी अपनी निजी एंट्रियाँ भी शामिल करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="138" />
            <source>Large print</source>
            <translation>बड़े अक्षर</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="141" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="142" />
            <source>Paper size</source>
            <translation>काग़ज़ का आकार</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="145" />
            <source>Paper</source>
            <translation>काग़ज़</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="155" />
            <source>Which period?</source>
            <translation>कौन-सा समय?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="159" />
            <source>It covers the time since the appointment before.</source>
            <translation>इसमें पिछले अपॉइंटमेंट के बाद का समय आता है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="166" />
            <source>What goes in?</source>
            <translation>इसमें क्या जाएगा?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="168" />
            <source>Who it is about and the period are always at the top.</source>
            <translation>किसके बारे में है और कौन-सा समय, यह हमेशा सबसे ऊपर रहता है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="173" />
            <source>Privacy</source>
            <translation>निजता</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="178" />
            <source>A report can be left on a desk or scanned into notes. Doctors' names stay as you wrote them.</source>
            <translation>रिपोर्ट किसी मेज़ पर छूट सकती है या फ़ाइल में स्कैन हो सकती है। डॉक्टरों के नाम वैसे ही रहते हैं जैसे आपने लिखे।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="186" />
            <source>Other people's private entries are never included.</source>
            <translation>दूसरों की निजी एंट्रियाँ कभी शामिल नहीं होतीं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="189" />
            <source>Printing</source>
            <translation>छपाई</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="209" />
            <source>Save as PDF…</source>
            <translation>PDF के रूप में सेव करें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="211" />
            <source>Print…</source>
            <translation>छापें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="212" />
            <source>Prints the pages shown in the preview</source>
            <translation>झलक में दिख रहे पन्ने छापता है</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="214" />
            <source>Message</source>
            <translation>संदेश</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="381" />
            <source>The first date is after the last one.</source>
            <translation>पहली तारीख़ आख़िरी तारीख़ के बाद की है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="422" />
            <source>Handover report {day}.pdf</source>
            <translation>हैंडओवर रिपोर्ट {day}.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="432" />
            <source>Family handover report</source>
            <translation>परिवार की हैंडओवर रिपोर्ट</translation>
        </message>
    </context>
    <context>
        <name>SafetyBanner</name>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="39" />
            <source>Is this an emergency?</source>
            <translation>क्या यह इमरजेंसी है?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="40" />
            <source>About the entry you just saved:</source>
            <translation>अभी सेव की गई एंट्री के बारे में:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="49" />
            <source>{first} or {second}</source>
            <translation>{first} या {second}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="55" />
            <source>your local emergency number</source>
            <translation>अपने यहाँ का इमरजेंसी नंबर</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="56" />
            <source>Call {numbers} if anyone is in danger now.</source>
            <translation>अगर अभी किसी की जान ख़तरे में है तो {numbers} मिलाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="93" />
            <source>Safety note</source>
            <translation>सुरक्षा सूचना</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="107" />
            <source>Open the card</source>
            <translation>कार्ड खोलें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="111" />
            <source>Open the one-screen check: who to call.</source>
            <translation>एक स्क्रीन वाली जाँच खोलें: किसे फ़ोन करें।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="113" />
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="114" />
            <source>Close the safety note</source>
            <translation>सुरक्षा सूचना बंद करें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="206" />
            <source>Open: {title}</source>
            <translation>खोलें: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="207" />
            <source>Open the card: {title}</source>
            <translation>कार्ड खोलें: {title}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="49" />
            <source>Follow the computer</source>
            <translation>कंप्यूटर जैसा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="50" />
            <source>Light</source>
            <translation>हल्का</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="51" />
            <source>Dark</source>
            <translation>गहरा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="54" />
            <source>Main carer: writes in the diary and looks after the settings.</source>
            <translation>मुख्य देखभाल करने वाले: डायरी में लिखते हैं और सेटिंग्स संभालते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="57" />
            <source>Family: reads and writes in the diary.</source>
            <translation>परिवार: डायरी पढ़ते और लिखते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="58" />
            <source>Professional carer: a paid carer who reads and writes in the diary.</source>
            <translation>पेशेवर देखभाल करने वाले: पैसे लेकर देखभाल करने वाले, जो डायरी पढ़ते और लिखते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="61" />
            <source>Can read only: for example a visiting nurse who may read but not write.</source>
            <translation>सिर्फ़ पढ़ सकते हैं: जैसे घर आने वाली नर्स, जो पढ़ सकती है पर लिख नहीं सकती।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="65" />
            <source>This is how big the text will be.</source>
            <translation>अक्षर इतने बड़े होंगे।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="90" />
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="92" />
            <source>Changes take effect straight away.</source>
            <translation>बदलाव तुरंत लागू होते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="141" />
            <location filename="../../ui/pages/settings_page.py" line="148" />
            <source>Text size</source>
            <translation>अक्षरों का आकार</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="151" />
            <source>From 100 to 200 percent, in steps of 10. Smaller to the left, larger to the right.</source>
            <translation>100 से 200 प्रतिशत, 10-10 करके। बाईं ओर छोटे, दाईं ओर बड़े।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="155" />
            <source>Text size now</source>
            <translation>अभी अक्षरों का आकार</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="156" />
            <source>Smaller</source>
            <translation>छोटे</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="158" />
            <source>Larger</source>
            <translation>बड़े</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="169" />
            <source>Text size preview</source>
            <translation>अक्षरों के आकार की झलक</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="175" />
            <source>Colours</source>
            <translation>रंग</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="181" />
            <source>Colours: {choice}</source>
            <translation>रंग: {choice}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="186" />
            <source>Light or dark, the same as the rest of this computer.</source>
            <translation>हल्का या गहरा, बाक़ी कंप्यूटर जैसा।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="188" />
            <source>High contrast (black background, bright text)</source>
            <translation>तेज़ कंट्रास्ट (काला बैकग्राउंड, चमकीले अक्षर)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="189" />
            <source>High contrast</source>
            <translation>तेज़ कंट्रास्ट</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="191" />
            <source>Black background with white and yellow text, for low vision.</source>
            <translation>काले बैकग्राउंड पर सफ़ेद और पीले अक्षर, कम दिखने वालों के लिए।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="198" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="199" />
            <source>The words Kindred uses, and how it writes dates and numbers.</source>
            <translation>Kindred किन शब्दों में बात करे, और तारीख़ें व नंबर कैसे लिखे।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="208" />
            <source>Language: {name}</source>
            <translation>भाषा: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="215" />
            <location filename="../../ui/pages/settings_page.py" line="227" />
            <source>Country</source>
            <translation>देश</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="218" />
            <source>Used for the emergency and crisis numbers on the Help page, and the paper size of printed reports.</source>
            <translation>मदद वाले पन्ने पर इमरजेंसी और संकट के नंबरों के लिए, और छपी रिपोर्ट के काग़ज़ के आकार के लिए।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="235" />
            <source>Family members</source>
            <translation>परिवार के लोग</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="236" />
            <source>Everyone who writes in or reads this diary on this computer.</source>
            <translation>इस कंप्यूटर पर यह डायरी लिखने या पढ़ने वाले सभी लोग।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="241" />
            <source>Add a family member…</source>
            <translation>परिवार का सदस्य जोड़ें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="242" />
            <location filename="../../ui/pages/settings_page.py" line="264" />
            <source>Add a family member</source>
            <translation>परिवार का सदस्य जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="267" />
            <source>Their name</source>
            <translation>उनका नाम</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="268" />
            <source>For example: Priya Okafor</source>
            <translation>जैसे: प्रिया ओकाफ़ोर</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="270" />
            <source>How they are related</source>
            <translation>उनसे रिश्ता</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="272" />
            <source>For example: daughter, neighbour, nurse</source>
            <translation>जैसे: बेटी, पड़ोसी, नर्स</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="278" />
            <location filename="../../ui/pages/settings_page.py" line="288" />
            <source>What they can do</source>
            <translation>वे क्या कर सकते हैं</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="286" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="287" />
            <source>Relationship</source>
            <translation>रिश्ता</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="298" />
            <location filename="../../ui/pages/settings_page.py" line="300" />
            <source>Add to the family</source>
            <translation>परिवार में जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="301" />
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="302" />
            <source>Cancel adding a family member</source>
            <translation>परिवार का सदस्य जोड़ना रद्द करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="316" />
            <location filename="../../ui/pages/settings_page.py" line="321" />
            <source>Share this diary</source>
            <translation>यह डायरी साझा करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="320" />
            <source>Share this diary…</source>
            <translation>यह डायरी साझा करें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="331" />
            <source>This diary is shared on a server: the family writes in it from their own computers. Its backups are made on the server by whoever runs it; for a copy on this computer, keep an offline copy.</source>
            <translation>यह डायरी एक सर्वर पर साझा है: परिवार के लोग अपने-अपने कंप्यूटर से इसमें लिखते हैं। इसका बैकअप सर्वर चलाने वाले बनाते हैं; इस कंप्यूटर पर कॉपी के लिए, एक ऑफ़लाइन कॉपी रखें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="336" />
            <source>For a family in different homes: one diary on a server, for everyone.</source>
            <translation>अलग-अलग घरों में रहने वाले परिवार के लिए: सर्वर पर एक डायरी, सबके लिए।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="342" />
            <source>The shared diary is backed up on its server. Here you can save a copy of the record to keep elsewhere.</source>
            <translation>साझा डायरी का बैकअप उसके सर्वर पर होता है। यहाँ आप कहीं और रखने के लिए रिकॉर्ड की कॉपी सेव कर सकते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="353" />
            <source>Your diary's safety</source>
            <translation>आपकी डायरी की सुरक्षा</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="347" />
            <location filename="../../ui/pages/settings_page.py" line="356" />
            <source>Kindred keeps backups by itself. Here you can make one now, put an earlier one back, or save a copy of the record to keep elsewhere.</source>
            <translation>Kindred अपने-आप बैकअप रखता है। यहाँ आप अभी एक बना सकते हैं, पुराना वापस ला सकते हैं, या कहीं और रखने के लिए रिकॉर्ड की कॉपी सेव कर सकते हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="363" />
            <source>Back up now</source>
            <translation>अभी बैकअप लें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="364" />
            <source>Backups and restore…</source>
            <translation>बैकअप और वापसी…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="365" />
            <source>Export…</source>
            <translation>एक्सपोर्ट करें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="366" />
            <source>Import…</source>
            <translation>इम्पोर्ट करें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="367" />
            <source>Delete everything…</source>
            <translation>सब कुछ मिटाएँ…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="377" />
            <source>Make a backup copy of the diary now.</source>
            <translation>अभी डायरी का बैकअप बनाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="380" />
            <source>See the backups and put an earlier one back.</source>
            <translation>बैकअप देखें और कोई पुराना वापस लाएँ।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="383" />
            <source>Save the whole record, or the diary as a spreadsheet, to a file.</source>
            <translation>पूरा रिकॉर्ड, या डायरी को स्प्रेडशीट की तरह, एक फ़ाइल में सेव करें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="386" />
            <source>Add the entries from a Kindred export.</source>
            <translation>Kindred के एक्सपोर्ट से एंट्रियाँ जोड़ें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="389" />
            <source>For a family that has stopped using Kindred. Asks twice first.</source>
            <translation>उस परिवार के लिए जिसने Kindred इस्तेमाल करना छोड़ दिया है। पहले दो बार पूछता है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="395" />
            <source>Backup message</source>
            <translation>बैकअप संदेश</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="402" />
            <source>Change folder…</source>
            <translation>फ़ोल्डर बदलें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="403" />
            <source>Change the backup folder</source>
            <translation>बैकअप का फ़ोल्डर बदलें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="405" />
            <source>Choose where Kindred keeps its backups, for example an external drive.</source>
            <translation>चुनें कि Kindred बैकअप कहाँ रखे, जैसे कोई बाहरी ड्राइव।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="413" />
            <location filename="../../ui/pages/settings_page.py" line="562" />
            <source>Change passphrase…</source>
            <translation>पासफ़्रेज़ बदलें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="414" />
            <source>New recovery code…</source>
            <translation>नया रिकवरी कोड…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="415" />
            <source>New recovery code</source>
            <translation>नया रिकवरी कोड</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="417" />
            <source>Make a new recovery code to print; the old one stops working.</source>
            <translation>छापने के लिए नया रिकवरी कोड बनाएँ; पुराना काम करना बंद कर देगा।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="423" />
            <source>If your family has stopped using Kindred:</source>
            <translation>अगर आपके परिवार ने Kindred इस्तेमाल करना छोड़ दिया है:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="497" />
            <source>{value} percent. From 100 to 200 percent.</source>
            <translation>{value} प्रतिशत। 100 से 200 प्रतिशत तक।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="537" />
            <source>A backup was made just now. It is in “Backups and restore…”.</source>
            <translation>अभी एक बैकअप बना। वह “बैकअप और वापसी…” में है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="544" />
            <source>{problem} Your diary itself is fine. Kindred will also try again by itself later.</source>
            <translation>{problem} आपकी डायरी ठीक है। Kindred बाद में अपने-आप फिर कोशिश करेगा।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="554" />
            <source>Backups are kept in: {folder}</source>
            <translation>बैकअप यहाँ रखे जाते हैं: {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="563" />
            <source>Change passphrase</source>
            <translation>पासफ़्रेज़ बदलें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="565" />
            <source>Choose a new passphrase for opening the diary.</source>
            <translation>डायरी खोलने के लिए नया पासफ़्रेज़ चुनें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="568" />
            <source>Add a passphrase…</source>
            <translation>पासफ़्रेज़ जोड़ें…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="569" />
            <source>Add a passphrase</source>
            <translation>पासफ़्रेज़ जोड़ें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="571" />
            <source>Also ask for a passphrase when Kindred opens.</source>
            <translation>Kindred खुलने पर पासफ़्रेज़ भी पूछें।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="635" />
            <source>{name} was added to the family.</source>
            <translation>{name} परिवार में जुड़ गए।</translation>
        </message>
    </context>
    <context>
        <name>SharedStatus</name>
        <message>
            <location filename="../../ui/widgets/shared_status.py" line="14" />
            <source>Shared diary · live</source>
            <translation>साझा डायरी · जुड़ी हुई</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shared_status.py" line="15" />
            <source>Shared diary · offline — your words are kept; save again when it is back</source>
            <translation>साझा डायरी · ऑफ़लाइन — आपके शब्द रखे हुए हैं; जुड़ने पर फिर से सेव करें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shared_status.py" line="24" />
            <source>Shared diary</source>
            <translation>साझा डायरी</translation>
        </message>
    </context>
    <context>
        <name>TagEdit</name>
        <message>
            <location filename="../../ui/widgets/tag_edit.py" line="14" />
            <source>e.g. night, voices, hospital</source>
            <translation>जैसे: रात, आवाज़ें, अस्पताल</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/pages/today.py" line="54" />
            <source>What happened? A few words are enough.</source>
            <translation>क्या हुआ? कुछ शब्द काफ़ी हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="55" />
            <source>No entries yet — what happened today?</source>
            <translation>अभी कोई एंट्री नहीं — आज क्या हुआ?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="56" />
            <source>Saved.</source>
            <translation>सेव हो गया।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="117" />
            <source>What happened</source>
            <translation>क्या हुआ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="119" />
            <source>Write a few words. Enter saves; Shift and Enter starts a new line.</source>
            <translation>कुछ शब्द लिखें। Enter से सेव होता है; Shift और Enter से नई लाइन शुरू होती है।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="122" />
            <source>What happened?</source>
            <translation>क्या हुआ?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="125" />
            <source>Press Enter to save. Shift + Enter starts a new line.</source>
            <translation>सेव करने के लिए Enter दबाएँ। Shift + Enter से नई लाइन।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="136" />
            <location filename="../../ui/pages/today.py" line="137" />
            <source>Kind of entry</source>
            <translation>एंट्री का प्रकार</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="149" />
            <source>More details…</source>
            <translation>और जानकारी…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="150" />
            <source>More details</source>
            <translation>और जानकारी</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="152" />
            <source>Open the full entry form: time, sleep, tags, a distress episode, privacy.</source>
            <translation>पूरा एंट्री फ़ॉर्म खोलें: समय, नींद, टैग, परेशानी की घटना, निजता।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="154" />
            <location filename="../../ui/pages/today.py" line="296" />
            <source>Save</source>
            <translation>सेव करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="156" />
            <source>Save entry</source>
            <translation>एंट्री सेव करें</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="159" />
            <source>Saved</source>
            <translation>सेव हो गया</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="195" />
            <source>Today so far</source>
            <translation>आज अब तक</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="296" />
            <source>Saving…</source>
            <translation>सेव हो रहा है…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="320" />
            <source>How is {person} today?</source>
            <translation>आज {person} कैसे हैं?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="324" />
            <source>{today}. You are writing as {name}.</source>
            <translation>{today}। आप {name} के नाम से लिख रहे हैं।</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="331" />
            <source>{today}. You are signed in as {name}, who can read the diary but not write in it.</source>
            <translation>{today}। आप {name} के नाम से हैं, जो डायरी पढ़ सकते हैं पर उसमें लिख नहीं सकते।</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/today.py" line="365" />
            <source>And %n more earlier today — you can see them all in the Diary.</source>
            <translation>
                <numerusform>और आज पहले की %n एंट्री — सब डायरी में देख सकते हैं।</numerusform>
                <numerusform>और आज पहले की %n एंट्रियाँ — सब डायरी में देख सकते हैं।</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="380" />
            <source>Today's entries could not be shown just now. They are still saved.</source>
            <translation>आज की एंट्रियाँ अभी दिखाई नहीं जा सकीं। वे सेव हैं।</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/demo_mode.py" line="123" />
            <source>Preparing the demo family…</source>
            <translation>डेमो परिवार तैयार हो रहा है…</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="136" />
            <source>Kindred — demo</source>
            <translation>Kindred — डेमो</translation>
        </message>
    </context>
    <context>
        <name>diary_model</name>
        <message>
            <location filename="../../ui/models/diary_model.py" line="205" />
            <source>Today</source>
            <translation>आज</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="207" />
            <source>Yesterday</source>
            <translation>कल</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="216" />
            <source>{kind} at {time} by {name}</source>
            <translation>{time} पर {name} का {kind}</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="223" />
            <source>mood {value} of 10</source>
            <translation>मूड 10 में से {value}</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="229" />
            <source>distress {value} of 10</source>
            <translation>परेशानी 10 में से {value}</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="234" />
            <source>flagged for the next appointment</source>
            <translation>अगले अपॉइंटमेंट के लिए चिह्नित</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="236" />
            <source>private</source>
            <translation>निजी</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="14" />
            <source>Something went wrong and it was not saved. Your text is still here. Please try again; if it keeps happening, close Kindred and open it again.</source>
            <translation>कुछ गड़बड़ हुई और यह सेव नहीं हुआ। आपका लिखा अभी यहीं है। कृपया फिर कोशिश करें; अगर बार-बार हो, तो Kindred बंद करके फिर खोलें।</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="19" />
            <source>Kindred couldn't write to the disk (it may be full). Nothing was lost: your text is still here. Please free some space and try again.</source>
            <translation>Kindred डिस्क पर नहीं लिख पाया (शायद वह भरी है)। कुछ नहीं खोया: आपका लिखा अभी यहीं है। कृपया थोड़ी जगह ख़ाली करके फिर कोशिश करें।</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="25" />
            <source>Something went wrong while opening the diary. Your diary was not changed.</source>
            <translation>डायरी खोलते समय कुछ गड़बड़ हुई। आपकी डायरी में कोई बदलाव नहीं हुआ।</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="28" />
            <source>Kindred couldn't read the diary's files on this computer. Your diary was not changed. If the diary is on a USB stick or a network folder, check that it is connected.</source>
            <translation>Kindred इस कंप्यूटर पर डायरी की फ़ाइलें नहीं पढ़ पाया। आपकी डायरी में कोई बदलाव नहीं हुआ। अगर डायरी USB स्टिक या नेटवर्क फ़ोल्डर में है, तो देखें कि वह जुड़ा है।</translation>
        </message>
    </context>
    <context>
        <name>medicine_model</name>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="49" />
            <source>started {day}</source>
            <translation>{day} से शुरू</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="54" />
            <source>Paused since {day} · {started}</source>
            <translation>{day} से रुकी हुई · {started}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="58" />
            <source>Stopped on {day} · {started}</source>
            <translation>{day} को बंद · {started}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="61" />
            <source>Taking · {started}</source>
            <translation>चल रही है · {started}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="75" />
            <source>For {purpose}</source>
            <translation>{purpose} के लिए</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="81" />
            <source>Prescribed by {name}</source>
            <translation>{name} ने लिखी</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="85" />
            <source>No details written yet.</source>
            <translation>अभी कोई जानकारी नहीं लिखी।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="131" />
            <source>Started at {strength}.</source>
            <translation>{strength} से शुरू की।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="135" />
            <source>Started.</source>
            <translation>शुरू की।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="144" />
            <source>Dose changed from {was} to {now}.</source>
            <translation>ख़ुराक {was} से बदलकर {now} की।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="150" />
            <source>Dose changed to {now}.</source>
            <translation>ख़ुराक बदलकर {now} की।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="156" />
            <source>Now taken: {how}</source>
            <translation>अब ऐसे लेते हैं: {how}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="160" />
            <source>Dose changed.</source>
            <translation>ख़ुराक बदली।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="163" />
            <source>Restarted at {strength}.</source>
            <translation>{strength} से फिर शुरू की।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="167" />
            <source>Restarted.</source>
            <translation>फिर शुरू की।</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="174" />
            <source>Why: {reason}</source>
            <translation>क्यों: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="180" />
            <source>Decided by {who}</source>
            <translation>किसने तय किया: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="186" />
            <source>Side effects noticed: {effects}</source>
            <translation>दिखे साइड इफ़ेक्ट: {effects}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="191" />
            <source>Written down by {name}.</source>
            <translation>{name} ने लिखा।</translation>
        </message>
    </context>
    <context>
        <name>pdf_preview</name>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="51" />
            <source>Save as PDF</source>
            <translation>PDF के रूप में सेव करें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="53" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF दस्तावेज़ (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="63" />
            <source>Print</source>
            <translation>छापें</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="170" />
            <source>It could not be made just now. Please try again; if it keeps happening, close Kindred and open it again. Nothing in the diary has changed.</source>
            <translation>अभी यह बन नहीं सका। कृपया फिर कोशिश करें; अगर बार-बार हो, तो Kindred बंद करके फिर खोलें। डायरी में कुछ नहीं बदला।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="175" />
            <source>It could not be sent to the printer. Please check that the printer is on and try again, or save it as a PDF and print that.</source>
            <translation>यह प्रिंटर तक नहीं भेजा जा सका। कृपया देखें कि प्रिंटर चालू है और फिर कोशिश करें, या इसे PDF के रूप में सेव करके उसे छापें।</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="197" />
            <source>Saved as {path}.</source>
            <translation>यहाँ सेव हुआ: {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pdf_preview.py" line="220" />
            <source>Sent %n pages to the printer.</source>
            <translation>
                <numerusform>%n पन्ना प्रिंटर को भेजा।</numerusform>
                <numerusform>%n पन्ने प्रिंटर को भेजे।</numerusform>
            </translation>
        </message>
    </context>
</TS>
