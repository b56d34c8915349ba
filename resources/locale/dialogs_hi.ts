<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="51"/>
        <source>psychiatrist</source>
        <translation>मनोचिकित्सक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="52"/>
        <source>GP</source>
        <translation>फ़ैमिली डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="53"/>
        <source>memory nurse</source>
        <translation>मेमोरी नर्स</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="54"/>
        <source>community mental health nurse</source>
        <translation>मानसिक स्वास्थ्य नर्स</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="55"/>
        <source>psychologist</source>
        <translation>मनोवैज्ञानिक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="56"/>
        <source>care coordinator</source>
        <translation>केयर कोऑर्डिनेटर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="57"/>
        <source>social worker</source>
        <translation>सामाजिक कार्यकर्ता</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="70"/>
        <source>Change the appointment</source>
        <translation>अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="70"/>
        <source>Add an appointment</source>
        <translation>अपॉइंटमेंट जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="71"/>
        <source>Save appointment</source>
        <translation>अपॉइंटमेंट सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="80"/>
        <source>d MMMM yyyy   HH:mm</source>
        <translation>d MMMM yyyy   HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="81"/>
        <source>Date and time</source>
        <translation>तारीख़ और समय</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="83"/>
        <source>With whom</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="83"/>
        <source>For example: Dr Patel</source>
        <translation>जैसे: डॉ. पटेल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="86"/>
        <source>Psychiatrist, GP, memory nurse…</source>
        <translation>मनोचिकित्सक, फ़ैमिली डॉक्टर, नर्स…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="87"/>
        <source>Their role</source>
        <translation>उनका काम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="89"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="89"/>
        <source>For example: Memory clinic, Northgate</source>
        <translation>जैसे: मेमोरी क्लिनिक, सिविल लाइंस</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="93"/>
        <source>What it is for</source>
        <translation>किसलिए</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="94"/>
        <source>For example: medication review</source>
        <translation>जैसे: दवाओं की जाँच</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="98"/>
        <source>Your main concerns now</source>
        <translation>अभी आपकी मुख्य चिंताएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="99"/>
        <source>In your own words</source>
        <translation>अपने शब्दों में</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="100"/>
        <source>This goes near the top of the report for the doctor.</source>
        <translation>यह डॉक्टर की रिपोर्ट में सबसे ऊपर आता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="104"/>
        <source>What you need</source>
        <translation>आपको क्या चाहिए</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="105"/>
        <source>Help at home, a letter, someone to ring on a bad day…</source>
        <translation>घर पर मदद, कोई चिट्ठी, बुरे दिन पर फ़ोन करने के लिए कोई…</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="37"/>
        <source>Where should Kindred keep the backups?</source>
        <translation>Kindred बैकअप कहाँ रखे?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="48"/>
        <source>Not in the demo</source>
        <translation>डेमो में नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="49"/>
        <source>The demo keeps its backups in its own folder, which is deleted when it closes.</source>
        <translation>डेमो अपने बैकअप अपने फ़ोल्डर में रखता है, जो डेमो बंद होने पर मिट जाता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="64"/>
        <source>Backups stay where they were</source>
        <translation>बैकअप जहाँ थे, वहीं हैं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="73"/>
        <source>New backups will be kept in {folder}. The backups made before stay where they are, and are still listed in “Backups and restore…”.</source>
        <translation>नए बैकअप {folder} में रखे जाएँगे। पहले के बैकअप जहाँ हैं वहीं रहेंगे, और “बैकअप और वापसी…” में दिखते रहेंगे।</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="244"/>
        <source>Backups and restore</source>
        <translation>बैकअप और वापसी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="251"/>
        <source>Backups of your diary</source>
        <translation>आपकी डायरी के बैकअप</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="255"/>
        <source>Kindred keeps copies of your diary by itself. If something went wrong, you can put an earlier copy back.</source>
        <translation>Kindred आपकी डायरी की कॉपी अपने-आप रखता है। अगर कुछ गड़बड़ हो जाए, तो आप पहले की कॉपी वापस ला सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="280"/>
        <source>Backups, newest first</source>
        <translation>बैकअप, सबसे नया पहले</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="282"/>
        <source>There are no backups yet. “Back up now” in Settings makes one.</source>
        <translation>अभी कोई बैकअप नहीं है। सेटिंग्स में “अभी बैकअप लें” से एक बन जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="286"/>
        <source>Restore this backup…</source>
        <translation>यह बैकअप वापस लाएँ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="288"/>
        <source>Restore the chosen backup</source>
        <translation>चुना हुआ बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="290"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="351"/>
        <source>This copy is damaged</source>
        <translation>यह कॉपी ख़राब है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="353"/>
        <source>This copy could not be opened whole, so it can&apos;t be put back. Please choose another one from the list.</source>
        <translation>यह कॉपी पूरी नहीं खुल पाई, इसलिए इसे वापस नहीं लाया जा सकता। कृपया सूची से कोई दूसरी चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="360"/>
        <source>Restore this backup?</source>
        <translation>यह बैकअप वापस लाएँ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="361"/>
        <source>Put your diary back as it was on {when}?</source>
        <translation>अपनी डायरी को वैसा कर दें जैसी वह {when} को थी?</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../ui/dialogs/card_window.py" line="27"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_window.py" line="28"/>
        <source>Close the card</source>
        <translation>कार्ड बंद करें</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="337"/>
        <source>Record a change to {name}</source>
        <translation>{name} में बदलाव लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="344"/>
        <source>{medicine}: {status} now ({dose}).</source>
        <translation>{medicine}: अभी {status} ({dose})।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="348"/>
        <source>{medicine}: {status} now.</source>
        <translation>{medicine}: अभी {status}।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="358"/>
        <source>What changed</source>
        <translation>क्या बदला</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="359"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="362"/>
        <source>New strength</source>
        <translation>नई मात्रा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="363"/>
        <source>Now: {strength}</source>
        <translation>अभी: {strength}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="367"/>
        <source>How it is taken now</source>
        <translation>अब कैसे लेनी है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="368"/>
        <source>For example: one at night</source>
        <translation>जैसे: रात को एक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="369"/>
        <source>Leave empty if this stays the same.</source>
        <translation>अगर यह वैसा ही रहे तो ख़ाली छोड़ दें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="371"/>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="371"/>
        <source>In your own words</source>
        <translation>अपने शब्दों में</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="373"/>
        <source>Who decided</source>
        <translation>किसने तय किया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="373"/>
        <source>For example: Dr Patel</source>
        <translation>जैसे: डॉ. पटेल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="377"/>
        <source>Side effects noticed</source>
        <translation>दिखे साइड इफ़ेक्ट</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="378"/>
        <source>Anything you noticed, if any</source>
        <translation>जो भी आपने देखा हो</translation>
    </message>
</context>
<context>
    <name>ChangePassphrase</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="233"/>
        <source>Passphrase added</source>
        <translation>पासफ़्रेज़ जुड़ गया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="235"/>
        <source>Passphrase changed</source>
        <translation>पासफ़्रेज़ बदल गया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="236"/>
        <source>Done. From now on Kindred asks for this passphrase when it opens. Your recovery code still works, and a backup was made first.</source>
        <translation>हो गया। अब से Kindred खुलते समय यह पासफ़्रेज़ माँगेगा। आपका रिकवरी कोड अब भी काम करता है, और पहले एक बैकअप बना लिया गया था।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="242"/>
        <source>Done. Please use the new passphrase from now on: the old one no longer opens the diary. Your recovery code still works, and a backup was made first.</source>
        <translation>हो गया। अब से नया पासफ़्रेज़ इस्तेमाल करें: पुराना अब डायरी नहीं खोलता। आपका रिकवरी कोड अब भी काम करता है, और पहले एक बैकअप बना लिया गया था।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="353"/>
        <source>New recovery code</source>
        <translation>नया रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="354"/>
        <source>A new recovery code replaces the old one, which will stop working.

Please type your passphrase (or your recovery code now):</source>
        <translation>नया रिकवरी कोड पुराने की जगह ले लेगा, और पुराना काम करना बंद कर देगा।

कृपया अपना पासफ़्रेज़ (या अभी वाला रिकवरी कोड) लिखें:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="375"/>
        <source>No new recovery code</source>
        <translation>नया रिकवरी कोड नहीं बना</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="378"/>
        <source>Nothing was changed: the old code still works.</source>
        <translation>कुछ नहीं बदला: पुराना कोड अब भी काम करता है।</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="60"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="67"/>
        <source>Add a passphrase</source>
        <translation>पासफ़्रेज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="60"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="122"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="200"/>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="67"/>
        <source>Change your passphrase</source>
        <translation>अपना पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="72"/>
        <source>Kindred will also ask for this passphrase when it opens. The key saved on this computer and your recovery code keep working.</source>
        <translation>Kindred खुलते समय यह पासफ़्रेज़ भी माँगेगा। इस कंप्यूटर पर रखी चाबी और आपका रिकवरी कोड काम करते रहेंगे।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="77"/>
        <source>Your diary stays just as it is: only the lock on it changes. Kindred makes a backup first. Your recovery code keeps working.</source>
        <translation>आपकी डायरी वैसी ही रहेगी: बस उसका लॉक बदलेगा। Kindred पहले एक बैकअप बनाता है। आपका रिकवरी कोड काम करता रहेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="84"/>
        <source>Your passphrase now, or your recovery code</source>
        <translation>आपका अभी का पासफ़्रेज़, या रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="86"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="98"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="88"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="99"/>
        <source>Type the new passphrase again</source>
        <translation>नया पासफ़्रेज़ फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="95"/>
        <source>Your passphrase now (or your recovery code)</source>
        <translation>आपका अभी का पासफ़्रेज़ (या रिकवरी कोड)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="100"/>
        <source>Show what I type</source>
        <translation>जो लिखूँ वह दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="101"/>
        <source>Show the passphrases as I type them</source>
        <translation>लिखते समय पासफ़्रेज़ दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="105"/>
        <source>At least 8 characters. Kindred can&apos;t remind you of it, so choose one you will remember.</source>
        <translation>कम से कम 8 अक्षर। Kindred इसे आपको याद नहीं दिला सकता, इसलिए ऐसा चुनें जो आपको याद रहे।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="120"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="122"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="200"/>
        <source>Add the passphrase</source>
        <translation>पासफ़्रेज़ जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="163"/>
        <source>Please type your passphrase now (or your recovery code).</source>
        <translation>कृपया अपना अभी का पासफ़्रेज़ (या रिकवरी कोड) लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="169"/>
        <source>Please choose a new passphrase. A short sentence you will remember works well.</source>
        <translation>कृपया नया पासफ़्रेज़ चुनें। कोई छोटा वाक्य जो आपको याद रहे, अच्छा रहता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="181"/>
        <source>The two new passphrases are not the same. Please type it again.</source>
        <translation>दोनों नए पासफ़्रेज़ एक जैसे नहीं हैं। कृपया फिर से लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="198"/>
        <source>Changing…</source>
        <translation>बदल रहे हैं…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="214"/>
        <source>Nothing was changed: your passphrase is still the old one.</source>
        <translation>कुछ नहीं बदला: आपका पासफ़्रेज़ अब भी पुराना ही है।</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="66"/>
        <source>Someone else changed this entry</source>
        <translation>किसी और ने यह एंट्री बदली है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="69"/>
        <source>dd MMM HH:mm</source>
        <translation>dd MMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="72"/>
        <source>While you were writing, someone else saved a change to this entry. Nothing has been lost: both versions are below. Choose what to keep.</source>
        <translation>जब आप लिख रहे थे, किसी और ने इस एंट्री में बदलाव सेव किया। कुछ भी खोया नहीं है: दोनों रूप नीचे हैं। चुनें कि क्या रखना है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="79"/>
        <source>The version saved at {when}</source>
        <translation>{when} पर सेव हुआ रूप</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="81"/>
        <location filename="../../ui/dialogs/conflict.py" line="83"/>
        <source>Your version</source>
        <translation>आपका रूप</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="82"/>
        <source>The version already saved</source>
        <translation>पहले से सेव हुआ रूप</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="84"/>
        <source>Keep theirs</source>
        <translation>उनका रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="85"/>
        <source>Keep mine</source>
        <translation>मेरा रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="86"/>
        <source>Keep both</source>
        <translation>दोनों रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="88"/>
        <source>Keep theirs as it is and save yours as a new entry</source>
        <translation>उनका जैसा है वैसा रखें और आपका नई एंट्री के रूप में सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="90"/>
        <source>Keep the version already saved</source>
        <translation>पहले से सेव हुआ रूप रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="91"/>
        <source>Keep my version</source>
        <translation>मेरा रूप रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="92"/>
        <source>Keep both versions</source>
        <translation>दोनों रूप रखें</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="65"/>
        <source>Saved. Please read the note above before you close this window.</source>
        <translation>सेव हो गया। यह विंडो बंद करने से पहले कृपया ऊपर लिखी बात पढ़ लें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="102"/>
        <source>Edit entry</source>
        <translation>एंट्री बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="102"/>
        <source>New entry</source>
        <translation>नई एंट्री</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="129"/>
        <source>d MMM yyyy  HH:mm</source>
        <translation>d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="134"/>
        <source>What happened? Write it in your own words.</source>
        <translation>क्या हुआ? अपने शब्दों में लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="141"/>
        <source>not recorded</source>
        <translation>नहीं लिखा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="142"/>
        <source> hours</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="145"/>
        <source>Bring this up at the next appointment</source>
        <translation>अगली अपॉइंटमेंट में यह बात उठाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="146"/>
        <source>Private: only I can see this entry</source>
        <translation>निजी: यह एंट्री सिर्फ़ मैं देख सकूँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="152"/>
        <source>About this distress episode</source>
        <translation>इस परेशानी के दौर के बारे में</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="155"/>
        <source>What happened just before?</source>
        <translation>ठीक पहले क्या हुआ था?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="156"/>
        <source>What did they say or do?</source>
        <translation>उन्होंने क्या कहा या किया?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="157"/>
        <source>What did we try?</source>
        <translation>हमने क्या आज़माया?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="158"/>
        <source>What helped, even a little?</source>
        <translation>किस चीज़ से मदद मिली, थोड़ी भी?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="159"/>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="160"/>
        <source>What they did</source>
        <translation>उन्होंने क्या किया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="161"/>
        <source>What we tried</source>
        <translation>हमने क्या आज़माया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="162"/>
        <source>What helped</source>
        <translation>किससे मदद मिली</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="168"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>सेव करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="180"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="181"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="188"/>
        <location filename="../../ui/dialogs/entry_editor.py" line="216"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="191"/>
        <source>Ratings</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="192"/>
        <source>Sleep</source>
        <translation>नींद</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="193"/>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="214"/>
        <source>When it happened</source>
        <translation>कब हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="215"/>
        <source>Kind of entry</source>
        <translation>एंट्री का प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="217"/>
        <source>Hours of sleep</source>
        <translation>नींद के घंटे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="218"/>
        <source>Tags, separated by commas</source>
        <translation>टैग, कॉमा लगाकर अलग करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="219"/>
        <source>Flag for the next appointment</source>
        <translation>अगली अपॉइंटमेंट के लिए निशान</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="220"/>
        <source>Private entry</source>
        <translation>निजी एंट्री</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="234"/>
        <source>Yes, carry on with them</source>
        <translation>हाँ, उन्हीं से आगे लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="236"/>
        <source>No, start afresh</source>
        <translation>नहीं, नए सिरे से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="238"/>
        <source>No, start afresh: the unsaved words are let go</source>
        <translation>नहीं, नए सिरे से शुरू करें: बिना सेव किए शब्द हट जाएँगे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="448"/>
        <source>You have unsaved words from {when}. Carry on with them?</source>
        <translation>आपके कुछ शब्द सेव नहीं हुए थे ({when})। क्या उन्हीं से आगे लिखें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="463"/>
        <source>Sorry: those unsaved words could not be read back.</source>
        <translation>माफ़ कीजिए: वे बिना सेव किए शब्द वापस नहीं पढ़े जा सके।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="507"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="508"/>
        <source>Close: the entry is saved</source>
        <translation>बंद करें: एंट्री सेव हो गई है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="547"/>
        <source>The shared diary can&apos;t be reached just now. Your words are kept on this computer, and Kindred will save them as soon as the server is back.</source>
        <translation>अभी साझा डायरी तक नहीं पहुँच पा रहे। आपके शब्द इस कंप्यूटर पर रखे हैं, और सर्वर वापस आते ही Kindred उन्हें सेव कर देगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="585"/>
        <source>Nothing was saved yet. Your text is still here, and it is also kept in the entry&apos;s history.</source>
        <translation>अभी कुछ सेव नहीं हुआ। आपका लिखा अभी भी यहीं है, और एंट्री के इतिहास में भी रखा है।</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="121"/>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="127"/>
        <source>What would you like to export?</source>
        <translation>आप क्या एक्सपोर्ट करना चाहते हैं?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="129"/>
        <source>The whole record (JSON)</source>
        <translation>पूरा रिकॉर्ड (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="132"/>
        <source>Everything: the diary with its history, the family and the profile. Kindred can import it again.</source>
        <translation>सब कुछ: डायरी उसके इतिहास के साथ, परिवार और प्रोफ़ाइल। Kindred इसे फिर से इंपोर्ट कर सकता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="137"/>
        <source>The diary as a spreadsheet (CSV)</source>
        <translation>डायरी स्प्रेडशीट के रूप में (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="138"/>
        <source>For Excel, LibreOffice or Numbers.</source>
        <translation>Excel, LibreOffice या Numbers के लिए।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="142"/>
        <source>Lock it with a passphrase</source>
        <translation>पासफ़्रेज़ से लॉक करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="145"/>
        <source>Passphrase for the export</source>
        <translation>एक्सपोर्ट का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="148"/>
        <source>The same passphrase again</source>
        <translation>वही पासफ़्रेज़ फिर से</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="153"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="154"/>
        <source>Once more</source>
        <translation>एक बार फिर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="163"/>
        <source>Save…</source>
        <translation>सेव करें…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="165"/>
        <source>Choose where to save the export</source>
        <translation>चुनें कि एक्सपोर्ट कहाँ सेव हो</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="166"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="197"/>
        <source>A spreadsheet is plain text: anyone who opens the file can read it. Private entries of other family members are left out.</source>
        <translation>स्प्रेडशीट सादा टेक्स्ट होती है: फ़ाइल खोलने वाला कोई भी इसे पढ़ सकता है। परिवार के दूसरे लोगों की निजी एंट्रियाँ इसमें नहीं होतीं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="204"/>
        <source>Please write the passphrase down somewhere safe: without it, nobody can open the file — not even Kindred.</source>
        <translation>कृपया पासफ़्रेज़ किसी सुरक्षित जगह लिख लें: इसके बिना कोई भी फ़ाइल नहीं खोल सकता — Kindred भी नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="211"/>
        <source>Without a passphrase, anyone who opens the file can read it. Keep it somewhere private.</source>
        <translation>पासफ़्रेज़ के बिना, फ़ाइल खोलने वाला कोई भी इसे पढ़ सकता है। इसे किसी निजी जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="230"/>
        <source>Please use at least {count} characters for the passphrase. A short sentence you will remember works well.</source>
        <translation>कृपया पासफ़्रेज़ में कम से कम {count} अक्षर रखें। कोई छोटा वाक्य जो आपको याद रहे, अच्छा रहता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="238"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं। कृपया फिर से लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="252"/>
        <source>Kindred record {date}.json</source>
        <translation>Kindred रिकॉर्ड {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="254"/>
        <source>Kindred diary {date}.csv</source>
        <translation>Kindred डायरी {date}.csv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="287"/>
        <source>Kindred couldn&apos;t save the file there (the disk may be full, or the folder may be read-only). Please try another place.</source>
        <translation>Kindred फ़ाइल वहाँ सेव नहीं कर पाया (शायद डिस्क भर गई है, या उस फ़ोल्डर में लिखा नहीं जा सकता)। कृपया कोई दूसरी जगह चुनें।</translation>
    </message>
</context>
<context>
    <name>FirstConfirmation</name>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="44"/>
        <source>Delete everything?</source>
        <translation>सब कुछ मिटा दें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="46"/>
        <source>Delete the diary and everything Kindred keeps on this computer?</source>
        <translation>डायरी और Kindred का इस कंप्यूटर पर रखा सब कुछ मिटा दें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="49"/>
        <source>This is for a family that has stopped using Kindred. It deletes the diary, unsaved drafts, the settings and the key saved on this computer. It can&apos;t be undone.

If you may want the diary again one day, choose “Keep my diary” and use “Export…” first to save a copy somewhere safe.</source>
        <translation>यह उस परिवार के लिए है जिसने Kindred इस्तेमाल करना बंद कर दिया है। इससे डायरी, बिना सेव किए ड्राफ़्ट, सेटिंग्स और इस कंप्यूटर पर रखी चाबी मिट जाती है। इसे वापस नहीं किया जा सकता।

अगर आपको कभी डायरी फिर चाहिए हो सकती है, तो “मेरी डायरी रखें” चुनें और पहले “एक्सपोर्ट करें…” से उसकी कॉपी किसी सुरक्षित जगह सेव कर लें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="56"/>
        <source>Also delete the backups</source>
        <translation>बैकअप भी मिटा दें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="59"/>
        <source>Keep my diary</source>
        <translation>मेरी डायरी रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="60"/>
        <source>Go on…</source>
        <translation>आगे बढ़ें…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="733"/>
        <source>Welcome to Kindred</source>
        <translation>Kindred में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="762"/>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="763"/>
        <source>Back to the previous step</source>
        <translation>पिछले चरण पर वापस</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="765"/>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="765"/>
        <source>Next step</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="767"/>
        <location filename="../../ui/dialogs/first_run.py" line="768"/>
        <source>Create my diary</source>
        <translation>मेरी डायरी बनाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="771"/>
        <location filename="../../ui/dialogs/first_run.py" line="772"/>
        <source>Start using Kindred</source>
        <translation>Kindred शुरू करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="774"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="774"/>
        <source>Stop setting up</source>
        <translation>सेटअप रोकें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="858"/>
        <source>Kindred couldn&apos;t save the diary in {folder}. Please check there is free space on this computer, then try again.</source>
        <translation>Kindred डायरी को {folder} में सेव नहीं कर पाया। कृपया देखें कि इस कंप्यूटर पर जगह ख़ाली है, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="914"/>
        <source>Stop setting up Kindred?</source>
        <translation>Kindred का सेटअप रोक दें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="915"/>
        <source>Nothing has been saved yet. You can start again whenever you like.</source>
        <translation>अभी कुछ भी सेव नहीं हुआ है। आप जब चाहें फिर से शुरू कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="916"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="917"/>
        <source>Keep going</source>
        <translation>जारी रखें</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="122"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="145"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="160"/>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="75"/>
        <source>History of this entry</source>
        <translation>इस एंट्री का इतिहास</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="77"/>
        <source>Every version is kept. Choose one to read it.</source>
        <translation>हर रूप रखा जाता है। पढ़ने के लिए कोई एक चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="80"/>
        <source>Changes, oldest first</source>
        <translation>बदलाव, सबसे पुराना पहले</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="84"/>
        <source>The entry as it was</source>
        <translation>एंट्री जैसी थी</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="44"/>
        <source>tablet</source>
        <translation>गोली</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="45"/>
        <source>capsule</source>
        <translation>कैप्सूल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="46"/>
        <source>liquid</source>
        <translation>सिरप</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="47"/>
        <source>patch</source>
        <translation>पैच</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="48"/>
        <source>injection</source>
        <translation>इंजेक्शन</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="49"/>
        <source>inhaler</source>
        <translation>इनहेलर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="50"/>
        <source>drops</source>
        <translation>ड्रॉप्स</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="51"/>
        <source>cream</source>
        <translation>क्रीम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="243"/>
        <source>Add a medicine</source>
        <translation>दवा जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="245"/>
        <source>Add medicine</source>
        <translation>दवा जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="245"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="250"/>
        <source>Name of the medicine</source>
        <translation>दवा का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="250"/>
        <source>For example: Donepezil</source>
        <translation>जैसे: Donepezil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="252"/>
        <source>Strength</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="252"/>
        <source>For example: 5 mg</source>
        <translation>जैसे: 5 mg</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="254"/>
        <source>Tablet, liquid, patch…</source>
        <translation>गोली, सिरप, पैच…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="255"/>
        <source>Kind (tablet, liquid…)</source>
        <translation>प्रकार (गोली, सिरप…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="258"/>
        <source>How it is taken</source>
        <translation>कैसे लेनी है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="259"/>
        <source>For example: one in the morning with breakfast</source>
        <translation>जैसे: सुबह नाश्ते के साथ एक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="262"/>
        <source>What it is for</source>
        <translation>किसलिए</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="262"/>
        <source>In your own words</source>
        <translation>अपने शब्दों में</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="265"/>
        <source>Prescribed by</source>
        <translation>किसने लिखी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="265"/>
        <source>For example: Dr Patel</source>
        <translation>जैसे: डॉ. पटेल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="267"/>
        <source>Started on</source>
        <translation>कब शुरू हुई</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="270"/>
        <source>Why it was started (if you know)</source>
        <translation>क्यों शुरू हुई (अगर आपको पता हो)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="271"/>
        <source>A few words are enough</source>
        <translation>थोड़े से शब्द काफ़ी हैं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="275"/>
        <source>Who decided</source>
        <translation>किसने तय किया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="276"/>
        <source>Leave empty if it was the prescriber</source>
        <translation>अगर दवा लिखने वाले डॉक्टर ने तय किया, तो ख़ाली छोड़ दें</translation>
    </message>
</context>
<context>
    <name>PocketCardsDialog</name>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="41"/>
        <source>Please tick at least one card to print.</source>
        <translation>प्रिंट करने के लिए कम से कम एक कार्ड पर टिक करें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="42"/>
        <source>Kindred pocket cards.pdf</source>
        <translation>Kindred जेब कार्ड.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="77"/>
        <source>Print pocket cards</source>
        <translation>जेब कार्ड प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="86"/>
        <source>Tick the cards you want. Each card is printed in a box to cut out, for a bag, a wallet or the fridge door.</source>
        <translation>जो कार्ड चाहिए उन पर टिक करें। हर कार्ड एक डिब्बे में छपता है जिसे काटकर बैग, बटुए या फ़्रिज के दरवाज़े पर रख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="93"/>
        <source>Cards to print</source>
        <translation>प्रिंट करने वाले कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="99"/>
        <source>Tick all</source>
        <translation>सब पर टिक करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="100"/>
        <source>Untick all</source>
        <translation>सबका टिक हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="105"/>
        <source>2 cards a page (largest print)</source>
        <translation>एक पेज पर 2 कार्ड (सबसे बड़े अक्षर)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="106"/>
        <source>4 cards a page (pocket size)</source>
        <translation>एक पेज पर 4 कार्ड (जेब के नाप के)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="115"/>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सेव करें…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="118"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/pocket_cards.py" line="180"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n कार्ड</numerusform>
            <numerusform>%n कार्ड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/pocket_cards.py" line="181"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n पन्ना</numerusform>
            <numerusform>%n पन्ने</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="182"/>
        <source>{cards} ticked: {pages}.</source>
        <translation>{cards} चुने गए: {pages}।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="184"/>
        <source>No cards ticked yet.</source>
        <translation>अभी कोई कार्ड नहीं चुना गया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="219"/>
        <source>The PDF could not be saved there. Please choose another folder, or check that the disk is not full.</source>
        <translation>PDF वहाँ सेव नहीं हो सका। कृपया कोई दूसरा फ़ोल्डर चुनें, या देखें कि डिस्क भरी तो नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="225"/>
        <source>The pocket cards could not be made. Please try again.</source>
        <translation>जेब कार्ड नहीं बन सके। कृपया फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="37"/>
        <source>→ next   ← back   Esc leave</source>
        <translation>→ अगला   ← पिछला   Esc बाहर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="107"/>
        <source>Kindred: guidance cards</source>
        <translation>Kindred: सलाह कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="140"/>
        <source>← Back</source>
        <translation>← पिछला</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="141"/>
        <source>Next →</source>
        <translation>अगला →</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="142"/>
        <source>Leave (Esc)</source>
        <translation>बाहर निकलें (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="169"/>
        <source>{number} of {total}</source>
        <translation>{total} में से {number}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="196"/>
        <source>{title}, card {position}</source>
        <translation>{title}, कार्ड {position}</translation>
    </message>
</context>
<context>
    <name>ProfileSheetDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="31"/>
        <source>Changes you have not saved yet are not on this page. Save them first to include them.</source>
        <translation>जो बदलाव अभी सेव नहीं हुए, वे इस पेज पर नहीं हैं। उन्हें शामिल करने के लिए पहले सेव करें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="51"/>
        <source>The About me page</source>
        <translation>‘मेरे बारे में’ पन्ना</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="58"/>
        <source>Shorten our names to initials</source>
        <translation>हमारे नाम छोटे करके पहले अक्षर दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="60"/>
        <source>Large print</source>
        <translation>बड़े अक्षर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="63"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="64"/>
        <source>Paper size</source>
        <translation>काग़ज़ का नाप</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="69"/>
        <source>Paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="82"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="85"/>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सेव करें…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="87"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="157"/>
        <source>About me {date}.pdf</source>
        <translation>मेरे बारे में {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="162"/>
        <source>About me</source>
        <translation>मेरे बारे में</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="26"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="27"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="28"/>
        <source>Save All</source>
        <translation>सब सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="29"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="31"/>
        <source>Yes to &amp;All</source>
        <translation>सबके लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="32"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>सबके लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="34"/>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="35"/>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="36"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="37"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="38"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="39"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="40"/>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="41"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="42"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="43"/>
        <source>Restore Defaults</source>
        <translation>पहले जैसा करें</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="258"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="259"/>
        <source>Your new recovery code</source>
        <translation>आपका नया रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="263"/>
        <source>If you ever forget your passphrase, or Kindred moves to a new computer, this code opens your diary. The old code no longer works. Please print it or write it down now: Kindred cannot show it again.</source>
        <translation>अगर आप कभी अपना पासफ़्रेज़ भूल जाएँ, या Kindred नए कंप्यूटर पर जाए, तो यह कोड आपकी डायरी खोलता है। पुराना कोड अब काम नहीं करता। कृपया इसे अभी प्रिंट करें या लिख लें: Kindred इसे दोबारा नहीं दिखा सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="279"/>
        <source>Recovery code: {code}</source>
        <translation>रिकवरी कोड: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="284"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="285"/>
        <source>Print the recovery code</source>
        <translation>रिकवरी कोड प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="286"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF के रूप में सेव करें… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="287"/>
        <source>Save the recovery code as a PDF</source>
        <translation>रिकवरी कोड PDF के रूप में सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="292"/>
        <source>I have kept it safe</source>
        <translation>मैंने इसे सुरक्षित रख लिया है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="320"/>
        <source>The recovery code was sent to the printer.</source>
        <translation>रिकवरी कोड प्रिंटर को भेज दिया गया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="322"/>
        <source>The page couldn&apos;t be printed. Please check the printer.</source>
        <translation>पेज प्रिंट नहीं हो सका। कृपया प्रिंटर देखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="325"/>
        <source>Kindred recovery code.pdf</source>
        <translation>Kindred रिकवरी कोड.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="333"/>
        <source>Kindred couldn&apos;t save the PDF in {folder}. Please choose another place.</source>
        <translation>Kindred PDF को {folder} में सेव नहीं कर पाया। कृपया कोई दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="339"/>
        <source>Saved as {path}. Please print it or copy it somewhere safe, not only on this computer.</source>
        <translation>{path} के रूप में सेव हो गया। कृपया इसे प्रिंट करें या किसी सुरक्षित जगह कॉपी करें, सिर्फ़ इसी कंप्यूटर पर नहीं।</translation>
    </message>
</context>
<context>
    <name>ServerOfflineDialog</name>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="169"/>
        <source>The shared diary – Kindred</source>
        <translation>साझा डायरी – Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="172"/>
        <source>Kindred can&apos;t reach the shared diary</source>
        <translation>Kindred साझा डायरी तक नहीं पहुँच पा रहा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="179"/>
        <source>Something to write down now? Write it here. It is kept, encrypted, on this computer, and offered to you in a new entry as soon as the diary opens.</source>
        <translation>अभी कुछ लिखना है? यहाँ लिखें। यह इस कंप्यूटर पर सुरक्षित (एन्क्रिप्ट करके) रखा जाएगा, और डायरी खुलते ही एक नई एंट्री में आपको दिया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="186"/>
        <source>Words to save later</source>
        <translation>बाद में सेव करने के लिए शब्द</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="188"/>
        <location filename="../../ui/dialogs/shared_open.py" line="256"/>
        <source>Try again</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="190"/>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="191"/>
        <source>Close, keeping what I wrote</source>
        <translation>बंद करें, मेरा लिखा रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="234"/>
        <source>Sorry: these words could not be kept. Please copy them somewhere.</source>
        <translation>माफ़ कीजिए: ये शब्द रखे नहीं जा सके। कृपया इन्हें कहीं कॉपी कर लें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="243"/>
        <source>Trying…</source>
        <translation>कोशिश हो रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="257"/>
        <source>What you wrote is kept.</source>
        <translation>आपका लिखा रखा हुआ है।</translation>
    </message>
</context>
<context>
    <name>ShareDiaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="87"/>
        <source>Share this diary – Kindred</source>
        <translation>यह डायरी साझा करें – Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="97"/>
        <location filename="../../ui/dialogs/share_diary.py" line="207"/>
        <source>Share this diary</source>
        <translation>यह डायरी साझा करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="103"/>
        <source>for example: db.example.org</source>
        <translation>जैसे: db.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="108"/>
        <source>for example: kindred</source>
        <translation>जैसे: kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="110"/>
        <source>your own sign-in, from whoever runs the server</source>
        <translation>आपका अपना लॉग-इन नाम, जो सर्वर चलाने वाले देंगे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="113"/>
        <source>Remember the password on this computer</source>
        <translation>इस कंप्यूटर पर पासवर्ड याद रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="116"/>
        <source>Kept in this computer&apos;s password store, never in a file.</source>
        <translation>इस कंप्यूटर के पासवर्ड स्टोर में रखा जाता है, किसी फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="119"/>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>सर्वर का सर्टिफ़िकेट जाँचें (सलाह दी जाती है)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="127"/>
        <source>from your care organisation, or: system</source>
        <translation>आपकी देखभाल संस्था से, या: system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="128"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="129"/>
        <source>Choose the certificate file</source>
        <translation>सर्टिफ़िकेट फ़ाइल चुनें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="138"/>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="139"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="140"/>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="141"/>
        <source>Your sign-in</source>
        <translation>आपका लॉग-इन नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="142"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="150"/>
        <location filename="../../ui/dialogs/share_diary.py" line="151"/>
        <source>Certificate file</source>
        <translation>सर्टिफ़िकेट फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="154"/>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="155"/>
        <source>Use the shared diary</source>
        <translation>साझा डायरी इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="157"/>
        <source>For joining a shared diary that is already on the server.</source>
        <translation>सर्वर पर पहले से मौजूद साझा डायरी से जुड़ने के लिए।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="159"/>
        <source>Move my diary to the shared server…</source>
        <translation>मेरी डायरी साझा सर्वर पर ले जाएँ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="161"/>
        <source>Keep an offline copy</source>
        <translation>ऑफ़लाइन कॉपी रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="162"/>
        <source>Stop using the shared diary…</source>
        <translation>साझा डायरी इस्तेमाल करना बंद करें…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="163"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="164"/>
        <source>Stop the copy</source>
        <translation>कॉपी करना रोकें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="166"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="183"/>
        <source>Working</source>
        <translation>काम चल रहा है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="236"/>
        <source>This diary is shared: it is kept on the server {host}, and everyone in the family writes in it from their own computer. Its backups are made on the server, by whoever runs it. For a copy on this computer, keep an offline copy.</source>
        <translation>यह डायरी साझा है: यह सर्वर {host} पर रखी है, और परिवार का हर व्यक्ति अपने कंप्यूटर से इसमें लिखता है। इसके बैकअप सर्वर पर, उसे चलाने वाले बनाते हैं। इस कंप्यूटर पर कॉपी के लिए, ऑफ़लाइन कॉपी रखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="245"/>
        <source>Keep one diary on a server that the family (or your care organisation) runs, so everyone can write in it from their own computer. Whoever runs the server gives you these details and your own sign-in.</source>
        <translation>एक डायरी ऐसे सर्वर पर रखें जिसे परिवार (या आपकी देखभाल संस्था) चलाती है, ताकि हर कोई अपने कंप्यूटर से उसमें लिख सके। सर्वर चलाने वाले आपको ये जानकारी और आपका अपना लॉग-इन नाम देंगे।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="281"/>
        <source>Without this check, Kindred can&apos;t tell the real server from an impostor on the network, who could read and change the diary. Turn it off only for a test server.</source>
        <translation>इस जाँच के बिना Kindred असली सर्वर और नेटवर्क पर किसी नक़ली सर्वर में फ़र्क़ नहीं कर सकता, जो डायरी पढ़ और बदल सकता है। इसे सिर्फ़ टेस्ट सर्वर के लिए बंद करें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="292"/>
        <source>The server&apos;s certificate file</source>
        <translation>सर्वर की सर्टिफ़िकेट फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="294"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>सर्टिफ़िकेट (*.pem *.crt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="374"/>
        <source>Trying the server…</source>
        <translation>सर्वर से जुड़ने की कोशिश हो रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="380"/>
        <source>Kindred reached the server, and you are a member of “{circle}”.</source>
        <translation>Kindred सर्वर तक पहुँच गया, और आप “{circle}” के सदस्य हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="385"/>
        <source>Kindred reached the server.</source>
        <translation>Kindred सर्वर तक पहुँच गया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="388"/>
        <source>Opening the shared diary…</source>
        <translation>साझा डायरी खुल रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="405"/>
        <source>Kindred will ask for the password each time it opens.</source>
        <translation>Kindred हर बार खुलते समय पासवर्ड माँगेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="407"/>
        <source>This computer now uses the shared diary.</source>
        <translation>यह कंप्यूटर अब साझा डायरी इस्तेमाल करता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="416"/>
        <source>Move my diary to the shared server</source>
        <translation>मेरी डायरी साझा सर्वर पर ले जाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="418"/>
        <source>Kindred will first make a backup of the diary on this computer and check it, then copy everything to the shared server and count that every entry arrived. If anything goes wrong, the server is left as it was.

The diary on this computer is not changed. From then on, this computer uses the shared diary.</source>
        <translation>Kindred पहले इस कंप्यूटर की डायरी का बैकअप बनाकर उसे जाँचेगा, फिर सब कुछ साझा सर्वर पर कॉपी करेगा और गिनेगा कि हर एंट्री पहुँच गई। अगर कुछ गड़बड़ हो, तो सर्वर जैसा था वैसा ही रहेगा।

इस कंप्यूटर की डायरी नहीं बदलती। उसके बाद से यह कंप्यूटर साझा डायरी इस्तेमाल करेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="444"/>
        <source>Backing up this computer&apos;s diary, then copying it to the server…</source>
        <translation>इस कंप्यूटर की डायरी का बैकअप बन रहा है, फिर उसे सर्वर पर कॉपी किया जाएगा…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="452"/>
        <source>Stopping… nothing will be changed.</source>
        <translation>रोक रहे हैं… कुछ नहीं बदलेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="458"/>
        <source>Your diary is on the shared server now, and every entry was counted on arrival. This computer uses the shared diary from now on. The diary that was on this computer is still there, unchanged, with a checked backup.</source>
        <translation>आपकी डायरी अब साझा सर्वर पर है, और पहुँचने पर हर एंट्री गिनी गई। अब से यह कंप्यूटर साझा डायरी इस्तेमाल करेगा। इस कंप्यूटर वाली डायरी अब भी वहीं है, बिना बदले, एक जाँचे हुए बैकअप के साथ।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="471"/>
        <source>Copying the shared diary to this computer…</source>
        <translation>साझा डायरी इस कंप्यूटर पर कॉपी हो रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="486"/>
        <source>{summary}

The offline copy is in {folder}. It is encrypted; its recovery code, shown only this once, is:

{code}

Please write it down and keep it somewhere safe.</source>
        <translation>{summary}

ऑफ़लाइन कॉपी {folder} में है। वह एन्क्रिप्टेड है; उसका रिकवरी कोड, जो सिर्फ़ इसी बार दिखाया जा रहा है, यह है:

{code}

कृपया इसे लिख लें और किसी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="497"/>
        <location filename="../../ui/dialogs/share_diary.py" line="525"/>
        <source>Stop using the shared diary</source>
        <translation>साझा डायरी इस्तेमाल करना बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="499"/>
        <source>This computer goes back to its own diary, as it was before it used the shared one. The shared diary stays on the server, unchanged, for the rest of the family.

What was written in the shared diary since then is not in this computer&apos;s own diary. Kindred will first keep an offline copy of the shared diary on this computer, so nothing is lost.</source>
        <translation>यह कंप्यूटर अपनी डायरी पर लौट जाएगा, जैसी वह साझा डायरी से पहले थी। साझा डायरी बाक़ी परिवार के लिए सर्वर पर बिना बदले रहेगी।

उसके बाद साझा डायरी में जो लिखा गया, वह इस कंप्यूटर की अपनी डायरी में नहीं है। Kindred पहले साझा डायरी की एक ऑफ़लाइन कॉपी इस कंप्यूटर पर रखेगा, ताकि कुछ न खोए।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="510"/>
        <source>Keeping an offline copy first…</source>
        <translation>पहले ऑफ़लाइन कॉपी रखी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="527"/>
        <source>Kindred can&apos;t reach the server to keep an offline copy first. Stop using the shared diary anyway? This computer&apos;s own diary opens as it was; the shared diary stays on the server, and you can connect again later.</source>
        <translation>Kindred पहले ऑफ़लाइन कॉपी रखने के लिए सर्वर तक नहीं पहुँच पा रहा। फिर भी साझा डायरी इस्तेमाल करना बंद करें? इस कंप्यूटर की अपनी डायरी जैसी थी वैसी खुलेगी; साझा डायरी सर्वर पर रहेगी, और आप बाद में फिर जुड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="550"/>
        <source>This computer uses its own diary again.</source>
        <translation>यह कंप्यूटर फिर से अपनी डायरी इस्तेमाल करता है।</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="289"/>
        <source>Open your diary – Kindred</source>
        <translation>अपनी डायरी खोलें – Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="290"/>
        <location filename="../../ui/dialogs/unlock.py" line="292"/>
        <source>Open your diary</source>
        <translation>अपनी डायरी खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="298"/>
        <source>Please type your passphrase to open the diary.</source>
        <translation>डायरी खोलने के लिए कृपया अपना पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="299"/>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="300"/>
        <source>Close without opening the diary</source>
        <translation>डायरी खोले बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="122"/>
        <location filename="../../ui/dialogs/unlock.py" line="121"/>
        <location filename="../../ui/dialogs/unlock.py" line="122"/>
        <location filename="../../ui/dialogs/unlock.py" line="199"/>
        <source>Use my recovery code instead</source>
        <translation>इसकी जगह रिकवरी कोड इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="104"/>
        <source>Your &amp;passphrase</source>
        <translation>आपका पासफ़्रेज़ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="107"/>
        <source>Your passphrase</source>
        <translation>आपका पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="109"/>
        <source>Show what I type</source>
        <translation>जो लिखूँ वह दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="110"/>
        <source>Show the passphrase as I type it</source>
        <translation>लिखते समय पासफ़्रेज़ दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="112"/>
        <source>Your &amp;recovery code</source>
        <translation>आपका रिकवरी कोड (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="114"/>
        <source>Your recovery code</source>
        <translation>आपका रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="115"/>
        <source>24 letters and numbers, as printed</source>
        <translation>24 अक्षर और अंक, जैसे छपे हैं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="118"/>
        <location filename="../../ui/dialogs/unlock.py" line="255"/>
        <source>Unlock</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="120"/>
        <source>Unlock the diary</source>
        <translation>डायरी खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="199"/>
        <source>Use my passphrase instead</source>
        <translation>इसकी जगह पासफ़्रेज़ इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="204"/>
        <source>Please type your recovery code to open the diary.</source>
        <translation>डायरी खोलने के लिए कृपया अपना रिकवरी कोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="224"/>
        <source>Please type your recovery code first.</source>
        <translation>कृपया पहले अपना रिकवरी कोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="226"/>
        <source>Please type your passphrase first.</source>
        <translation>कृपया पहले अपना पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="255"/>
        <source>Opening…</source>
        <translation>खुल रहा है…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="219"/>
        <source>After the visit</source>
        <translation>मुलाक़ात के बाद</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="219"/>
        <source>Save to the diary</source>
        <translation>डायरी में सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="226"/>
        <source>The visit with {who}. What you write here goes into the diary as an appointment note; the medicine changes go into the medicines&apos; history.</source>
        <translation>{who} के साथ मुलाक़ात। आप यहाँ जो लिखेंगे वह डायरी में अपॉइंटमेंट नोट के रूप में जाएगा; दवाओं के बदलाव दवाओं के इतिहास में जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="233"/>
        <source>What was said</source>
        <translation>क्या कहा गया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="233"/>
        <source>In your own words</source>
        <translation>अपने शब्दों में</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="236"/>
        <source>What we agreed</source>
        <translation>हमने क्या तय किया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="237"/>
        <source>Next steps, tests, a follow-up…</source>
        <translation>आगे क्या करना है, जाँचें, अगली मुलाक़ात…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="240"/>
        <source>Medicine changes agreed</source>
        <translation>दवाओं में तय हुए बदलाव</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="243"/>
        <source>There are no medicines on the list yet.</source>
        <translation>सूची में अभी कोई दवा नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="252"/>
        <source>A new medicine was started…</source>
        <translation>एक नई दवा शुरू हुई…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="280"/>
        <source>New: {names}</source>
        <translation>नई: {names}</translation>
    </message>
</context>
<context>
    <name>_CountryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="674"/>
        <source>Where do you live?</source>
        <translation>आप कहाँ रहते हैं?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="676"/>
        <source>This sets the crisis phone numbers Kindred shows, how dates are written and the paper size for printing. You can change it later in Settings.</source>
        <translation>इससे तय होता है कि Kindred कौन-से संकट हेल्पलाइन नंबर दिखाए, तारीख़ें कैसे लिखी जाएँ और प्रिंट के लिए काग़ज़ का नाप क्या हो। आप इसे बाद में सेटिंग्स में बदल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="680"/>
        <source>&amp;Country</source>
        <translation>देश (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="682"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
</context>
<context>
    <name>_MedicineChoice</name>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="172"/>
        <source>No change</source>
        <translation>कोई बदलाव नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="175"/>
        <source>Change agreed to {name}</source>
        <translation>{name} में तय हुआ बदलाव</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="177"/>
        <source>New dose (now {strength})</source>
        <translation>नई खुराक (अभी {strength})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="179"/>
        <source>New dose (now not written)</source>
        <translation>नई खुराक (अभी लिखी नहीं)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="181"/>
        <source>New dose of {name}</source>
        <translation>{name} की नई खुराक</translation>
    </message>
</context>
<context>
    <name>_PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="328"/>
        <source>Who are you caring for?</source>
        <translation>आप किसकी देखभाल कर रहे हैं?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="329"/>
        <source>Their name appears on the diary and on reports for the doctor.</source>
        <translation>उनका नाम डायरी पर और डॉक्टर की रिपोर्टों पर दिखता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="332"/>
        <source>Their &amp;name</source>
        <translation>उनका नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="332"/>
        <source>Name of the person you care for</source>
        <translation>जिनकी आप देखभाल करते हैं, उनका नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="335"/>
        <source>What they like to be &amp;called (you can leave this empty)</source>
        <translation>उन्हें किस नाम से बुलाया जाना पसंद है (ख़ाली छोड़ सकते हैं) (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="336"/>
        <source>What they like to be called, optional</source>
        <translation>उन्हें किस नाम से बुलाया जाना पसंद है, ज़रूरी नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="339"/>
        <source>For example: Maggie, Dad, Nana</source>
        <translation>जैसे: अम्मा, पापा, नानी</translation>
    </message>
</context>
<context>
    <name>_ProtectionPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="399"/>
        <source>Kindred locks the diary so that only your family can read it. The key is kept safely in this computer&apos;s password store, so you won&apos;t need to type anything to open it here.</source>
        <translation>Kindred डायरी को लॉक करता है ताकि सिर्फ़ आपका परिवार उसे पढ़ सके। चाबी इस कंप्यूटर के पासवर्ड स्टोर में सुरक्षित रखी जाती है, इसलिए यहाँ डायरी खोलने के लिए आपको कुछ लिखना नहीं पड़ेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="404"/>
        <source>Kindred locks the diary so that only your family can read it. This computer has no safe password store to keep the key in, so Kindred needs a passphrase. Choose one you will remember: a short sentence works well.</source>
        <translation>Kindred डायरी को लॉक करता है ताकि सिर्फ़ आपका परिवार उसे पढ़ सके। इस कंप्यूटर में चाबी रखने के लिए कोई सुरक्षित पासवर्ड स्टोर नहीं है, इसलिए Kindred को एक पासफ़्रेज़ चाहिए। ऐसा चुनें जो आपको याद रहे: कोई छोटा वाक्य अच्छा रहता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="410"/>
        <source>Kindred couldn&apos;t use this computer&apos;s password store. Please choose a passphrase to protect the diary instead.</source>
        <translation>Kindred इस कंप्यूटर का पासवर्ड स्टोर इस्तेमाल नहीं कर पाया। कृपया डायरी की सुरक्षा के लिए इसकी जगह एक पासफ़्रेज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="419"/>
        <source>Keeping the diary private</source>
        <translation>डायरी को निजी रखना</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="424"/>
        <source>Also ask for a passphrase when Kindred opens</source>
        <translation>Kindred खुलते समय पासफ़्रेज़ भी माँगे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="428"/>
        <source>Choose this if other people use this computer.</source>
        <translation>अगर इस कंप्यूटर को दूसरे लोग भी इस्तेमाल करते हैं, तो यह चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="431"/>
        <source>&amp;Passphrase</source>
        <translation>पासफ़्रेज़ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="431"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="434"/>
        <source>Type the passphrase &amp;again</source>
        <translation>पासफ़्रेज़ फिर से लिखें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="434"/>
        <source>Type the passphrase again</source>
        <translation>पासफ़्रेज़ फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="438"/>
        <source>Show what I type</source>
        <translation>जो लिखूँ वह दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="439"/>
        <source>Show the passphrase as I type it</source>
        <translation>लिखते समय पासफ़्रेज़ दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="442"/>
        <source>At least 8 characters. Kindred can&apos;t remind you of it, so choose one you will remember.</source>
        <translation>कम से कम 8 अक्षर। Kindred इसे आपको याद नहीं दिला सकता, इसलिए ऐसा चुनें जो आपको याद रहे।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="501"/>
        <source>Please choose a passphrase first. A short sentence you will remember works well.</source>
        <translation>कृपया पहले एक पासफ़्रेज़ चुनें। कोई छोटा वाक्य जो आपको याद रहे, अच्छा रहता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="514"/>
        <source>The two passphrases are not the same. Please type it again.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं। कृपया फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="532"/>
        <source>Your recovery code</source>
        <translation>आपका रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="547"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="548"/>
        <source>Print the recovery code</source>
        <translation>रिकवरी कोड प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="549"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF के रूप में सेव करें… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="550"/>
        <source>Save the recovery code as a PDF</source>
        <translation>रिकवरी कोड PDF के रूप में सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="558"/>
        <source>Keep it with your important papers, away from the computer. Kindred cannot show you this code again once setup is finished.</source>
        <translation>इसे अपने ज़रूरी काग़ज़ों के साथ, कंप्यूटर से दूर रखें। सेटअप पूरा होने के बाद Kindred यह कोड दोबारा नहीं दिखा सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="564"/>
        <source>I have printed or written down my recovery code</source>
        <translation>मैंने अपना रिकवरी कोड प्रिंट कर लिया है या लिख लिया है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="593"/>
        <source>If you ever forget your passphrase, or Kindred moves to a new computer, this code opens your diary. Please print it or write it down now.</source>
        <translation>अगर आप कभी अपना पासफ़्रेज़ भूल जाएँ, या Kindred नए कंप्यूटर पर जाए, तो यह कोड आपकी डायरी खोलता है। कृपया इसे अभी प्रिंट करें या लिख लें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="598"/>
        <source>If this computer is replaced or its password store is reset, this code opens your diary. Please print it or write it down now.</source>
        <translation>अगर यह कंप्यूटर बदला जाए या इसका पासवर्ड स्टोर रीसेट हो जाए, तो यह कोड आपकी डायरी खोलता है। कृपया इसे अभी प्रिंट करें या लिख लें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="607"/>
        <source>Recovery code: {code}</source>
        <translation>रिकवरी कोड: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="618"/>
        <source>The page couldn&apos;t be printed. Please check the printer.</source>
        <translation>पेज प्रिंट नहीं हो सका। कृपया प्रिंटर देखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="621"/>
        <source>The recovery code was sent to the printer.</source>
        <translation>रिकवरी कोड प्रिंटर को भेज दिया गया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="625"/>
        <source>Kindred recovery code.pdf</source>
        <translation>Kindred रिकवरी कोड.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="634"/>
        <source>Kindred couldn&apos;t save the PDF in {folder}. Please choose another place.</source>
        <translation>Kindred PDF को {folder} में सेव नहीं कर पाया। कृपया कोई दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="640"/>
        <source>Saved as {path}. Please print it or copy it somewhere safe, not only on this computer.</source>
        <translation>{path} के रूप में सेव हो गया। कृपया इसे प्रिंट करें या किसी सुरक्षित जगह कॉपी करें, सिर्फ़ इसी कंप्यूटर पर नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="655"/>
        <source>Go on without your recovery code?</source>
        <translation>रिकवरी कोड के बिना आगे बढ़ें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="657"/>
        <source>Without the recovery code, if the passphrase is forgotten or this computer is replaced, nobody can open the diary, not even Kindred&apos;s makers.</source>
        <translation>रिकवरी कोड के बिना, अगर पासफ़्रेज़ भूल जाएँ या यह कंप्यूटर बदल जाए, तो कोई भी डायरी नहीं खोल सकता, Kindred बनाने वाले भी नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="660"/>
        <source>Go on without it</source>
        <translation>इसके बिना आगे बढ़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="661"/>
        <source>Go back and keep it</source>
        <translation>वापस जाकर इसे रख लें</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="287"/>
        <source>Welcome to Kindred</source>
        <translation>Kindred में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="289"/>
        <source>Kindred is a shared diary for families caring at home for someone living with a mental illness or dementia. It helps you keep track of each day, find kind words for hard moments, and bring a clear summary to the doctor.</source>
        <translation>Kindred उन परिवारों की साझा डायरी है जो घर पर किसी ऐसे अपने की देखभाल करते हैं जिन्हें कोई मानसिक बीमारी या डिमेंशिया है। यह हर दिन का हिसाब रखने, मुश्किल पलों के लिए प्यार भरे शब्द ढूँढने, और डॉक्टर के पास साफ़ सारांश ले जाने में मदद करती है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="297"/>
        <source>Your diary is private: it stays on this computer and is locked so only your family can read it.</source>
        <translation>आपकी डायरी निजी है: वह इसी कंप्यूटर पर रहती है और लॉक रहती है ताकि सिर्फ़ आपका परिवार उसे पढ़ सके।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="303"/>
        <source>Setting up takes about two minutes.</source>
        <translation>सेटअप में लगभग दो मिनट लगते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="305"/>
        <location filename="../../ui/dialogs/first_run.py" line="306"/>
        <source>Try the demo first</source>
        <translation>पहले डेमो देखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="308"/>
        <source>A made-up family to look around. Nothing you type there is kept.</source>
        <translation>घूमकर देखने के लिए एक काल्पनिक परिवार। वहाँ लिखा कुछ भी रखा नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="312"/>
        <source>Not ready yet? Look around with a made-up family first. Nothing you type there is kept, and you come back here when you leave.</source>
        <translation>अभी तैयार नहीं? पहले एक काल्पनिक परिवार के साथ घूमकर देखें। वहाँ लिखा कुछ भी रखा नहीं जाता, और बाहर निकलने पर आप यहीं लौट आते हैं।</translation>
    </message>
</context>
<context>
    <name>_YouPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="364"/>
        <source>And you?</source>
        <translation>और आप?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="366"/>
        <source>You will be the main carer in the diary. You can add other family members later.</source>
        <translation>डायरी में आप मुख्य देखभाल करने वाले होंगे। परिवार के दूसरे लोगों को आप बाद में जोड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="369"/>
        <source>Your &amp;name</source>
        <translation>आपका नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="369"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="371"/>
        <source>How you are &amp;related to them (you can leave this empty)</source>
        <translation>उनसे आपका रिश्ता (ख़ाली छोड़ सकते हैं) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="372"/>
        <source>How you are related to them, optional</source>
        <translation>उनसे आपका रिश्ता, ज़रूरी नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="375"/>
        <source>For example: daughter, husband, friend</source>
        <translation>जैसे: बेटी, पति, दोस्त</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="55"/>
        <source>checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="56"/>
        <source>Damaged</source>
        <translation>ख़राब</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="58"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="59"/>
        <source>Why it was made</source>
        <translation>क्यों बना</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="60"/>
        <source>Entries</source>
        <translation>एंट्रियाँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="62"/>
        <source>Your diary as it is now will be kept as a backup first, so you can undo this.</source>
        <translation>आपकी डायरी जैसी अभी है, पहले उसका बैकअप रख लिया जाएगा, ताकि आप इसे पलट सकें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="81"/>
        <source>Today, {time}</source>
        <translation>आज, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="83"/>
        <source>Yesterday, {time}</source>
        <translation>कल, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="85"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd, d MMMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backups.py" line="94"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n एंट्री</numerusform>
            <numerusform>%n एंट्रियाँ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="138"/>
        <source>This copy could not be opened whole. It can&apos;t be put back.</source>
        <translation>यह कॉपी पूरी नहीं खुल पाई। इसे वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="165"/>
        <source>Your passphrase</source>
        <translation>आपका पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="166"/>
        <source>{why}

Please type your passphrase (or your recovery code):</source>
        <translation>{why}

कृपया अपना पासफ़्रेज़ (या रिकवरी कोड) लिखें:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="181"/>
        <source>Not changed</source>
        <translation>कुछ नहीं बदला</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="182"/>
        <source>That doesn&apos;t open this diary, so nothing was changed.</source>
        <translation>इससे यह डायरी नहीं खुलती, इसलिए कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="196"/>
        <source>To put a backup back, Kindred needs to unlock it.</source>
        <translation>बैकअप वापस लाने के लिए Kindred को उसे खोलना होगा।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="219"/>
        <source>The backup was not put back</source>
        <translation>बैकअप वापस नहीं आया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="220"/>
        <source>{problem}

Nothing was deleted: your diary and all the backups are where they were.</source>
        <translation>{problem}

कुछ भी मिटाया नहीं गया: आपकी डायरी और सारे बैकअप जहाँ थे, वहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="229"/>
        <source>The backup is back</source>
        <translation>बैकअप वापस आ गया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Done. Your diary is now as it was in that backup.

The diary as it was a moment ago is kept in the list as a backup made “before restoring a backup”, so you can go back to it.</source>
        <translation>हो गया। आपकी डायरी अब वैसी है जैसी उस बैकअप में थी।

डायरी जैसी अभी एक पल पहले थी, वह सूची में “बैकअप वापस लाने से पहले” बने बैकअप के रूप में रखी है, ताकि आप उस पर लौट सकें।</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="34"/>
        <source>Before: {text}</source>
        <translation>पहले: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="35"/>
        <source>What they did: {text}</source>
        <translation>उन्होंने क्या किया: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="36"/>
        <source>What we tried: {text}</source>
        <translation>हमने क्या आज़माया: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="37"/>
        <source>What helped: {text}</source>
        <translation>किससे मदद मिली: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="43"/>
        <source>Mood {rating}/10 ({word})</source>
        <translation>मूड {rating}/10 ({word})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="49"/>
        <source>Distress {rating}/10 ({word})</source>
        <translation>परेशानी {rating}/10 ({word})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>टैग: {tags}</translation>
    </message>
</context>
<context>
    <name>damaged_store</name>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="31"/>
        <source>To look for a backup, please enter your passphrase or recovery code:</source>
        <translation>बैकअप ढूँढने के लिए कृपया अपना पासफ़्रेज़ या रिकवरी कोड लिखें:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="46"/>
        <source>That doesn&apos;t open this diary.</source>
        <translation>इससे यह डायरी नहीं खुलती।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="61"/>
        <source>{problem}

Kindred found no backup it could open. The diary file has not been changed or removed. Please contact the person who helps you with the computer, and keep the Kindred folder as it is.</source>
        <translation>{problem}

Kindred को ऐसा कोई बैकअप नहीं मिला जिसे वह खोल सके। डायरी की फ़ाइल न बदली गई है, न हटाई गई है। कृपया उस व्यक्ति से बात करें जो कंप्यूटर में आपकी मदद करते हैं, और Kindred फ़ोल्डर को जैसा है वैसा ही रहने दें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="71"/>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, dd MMMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/damaged_store.py" line="79"/>
        <source>{problem}

The newest good backup is from {when}, with %n entries. Put it back now? Your current diary file will be kept, unchanged, beside the backups, so nothing is deleted.</source>
        <translation>
            <numerusform>{problem}

सबसे नया ठीक बैकअप {when} का है, जिसमें %n एंट्री है। क्या इसे अभी वापस लाएँ? आपकी अभी की डायरी फ़ाइल बिना बदले बैकअप के पास रखी जाएगी, इसलिए कुछ भी नहीं मिटेगा।</numerusform>
            <numerusform>{problem}

सबसे नया ठीक बैकअप {when} का है, जिसमें %n एंट्रियाँ हैं। क्या इसे अभी वापस लाएँ? आपकी अभी की डायरी फ़ाइल बिना बदले बैकअप के पास रखी जाएगी, इसलिए कुछ भी नहीं मिटेगा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entry_editor</name>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="85"/>
        <source>earlier</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="88"/>
        <source>{time} today</source>
        <translation>आज {time} बजे</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="90"/>
        <source>HH:mm &apos;on&apos; dddd d MMMM</source>
        <translation>dddd d MMMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>erase</name>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="31"/>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="32"/>
        <source>Nothing was deleted. Your diary is just as it was.</source>
        <translation>कुछ भी नहीं मिटाया गया। आपकी डायरी बिल्कुल वैसी ही है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="88"/>
        <source>This will delete the diary and all its backups.

To go ahead, please type the word {word} in capital letters below.</source>
        <translation>इससे डायरी और उसके सारे बैकअप मिट जाएँगे।

आगे बढ़ने के लिए नीचे अंग्रेज़ी के बड़े अक्षरों में {word} लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="94"/>
        <source>This will delete the diary (the backups are kept).

To go ahead, please type the word {word} in capital letters below.</source>
        <translation>इससे डायरी मिट जाएगी (बैकअप रखे जाएँगे)।

आगे बढ़ने के लिए नीचे अंग्रेज़ी के बड़े अक्षरों में {word} लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="101"/>
        <source>One last check</source>
        <translation>एक आख़िरी बार पूछ रहे हैं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="108"/>
        <source>Nothing was deleted</source>
        <translation>कुछ भी नहीं मिटाया गया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="119"/>
        <source>Not everything was deleted</source>
        <translation>सब कुछ नहीं मिटा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="120"/>
        <source>{problem}

Some files could not be deleted. Please close Kindred and try again, or ask the person who helps you with the computer.</source>
        <translation>{problem}

कुछ फ़ाइलें नहीं मिट सकीं। कृपया Kindred बंद करके फिर से कोशिश करें, या उस व्यक्ति से पूछें जो कंप्यूटर में आपकी मदद करते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="129"/>
        <source>The diary has been deleted from this computer.

Kindred will close now. Thank you for all the care you gave.</source>
        <translation>डायरी इस कंप्यूटर से मिटा दी गई है।

Kindred अब बंद होगा। आपने जो इतनी देखभाल की, उसके लिए धन्यवाद।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="135"/>
        <source>The diary has been deleted from this computer. The backups were kept, in their own folder.

Kindred will close now. Thank you for all the care you gave.</source>
        <translation>डायरी इस कंप्यूटर से मिटा दी गई है। बैकअप अपने फ़ोल्डर में रखे गए हैं।

Kindred अब बंद होगा। आपने जो इतनी देखभाल की, उसके लिए धन्यवाद।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="141"/>
        <source>Everything is deleted</source>
        <translation>सब कुछ मिट गया</translation>
    </message>
</context>
<context>
    <name>export_import</name>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="55"/>
        <source>Kindred export (*.json)</source>
        <translation>Kindred एक्सपोर्ट (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="56"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>स्प्रेडशीट (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="57"/>
        <source>Kindred export (*.json);;All files (*)</source>
        <translation>Kindred एक्सपोर्ट (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="58"/>
        <source>Nothing was imported, and your diary is as it was.</source>
        <translation>कुछ भी इंपोर्ट नहीं हुआ, और आपकी डायरी पहले जैसी है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="69"/>
        <source>Nothing was imported</source>
        <translation>कुछ भी इंपोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="76"/>
        <source>Save the export</source>
        <translation>एक्सपोर्ट सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="86"/>
        <source>Choose a Kindred export</source>
        <translation>Kindred का एक्सपोर्ट चुनें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="308"/>
        <source>Export saved</source>
        <translation>एक्सपोर्ट सेव हो गया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="309"/>
        <source>Saved as “{name}” in {folder}.</source>
        <translation>{folder} में “{name}” नाम से सेव हो गया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="319"/>
        <source>This export is locked. Please type its passphrase:</source>
        <translation>यह एक्सपोर्ट लॉक है। कृपया उसका पासफ़्रेज़ लिखें:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="330"/>
        <source>{problem}

The export&apos;s passphrase:</source>
        <translation>{problem}

एक्सपोर्ट का पासफ़्रेज़:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="339"/>
        <source>Locked export</source>
        <translation>लॉक किया हुआ एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="362"/>
        <source>Kindred couldn&apos;t read “{name}”.</source>
        <translation>Kindred “{name}” को पढ़ नहीं पाया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="376"/>
        <source>Nothing new</source>
        <translation>कुछ नया नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="381"/>
        <source>Import this export?</source>
        <translation>यह एक्सपोर्ट इंपोर्ट करें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="382"/>
        <source>{summary}

A backup of your diary is made first. Add them now?</source>
        <translation>{summary}

पहले आपकी डायरी का बैकअप बनाया जाता है। क्या इन्हें अभी जोड़ें?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="395"/>
        <location filename="../../ui/dialogs/export_import.py" line="405"/>
        <source>Imported</source>
        <translation>इंपोर्ट हो गया</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_import.py" line="400"/>
        <source>Done. %n entries were added.</source>
        <translation>
            <numerusform>हो गया। %n एंट्री जोड़ी गई।</numerusform>
            <numerusform>हो गया। %n एंट्रियाँ जोड़ी गईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="108"/>
        <source>Kindred: your recovery code</source>
        <translation>Kindred: आपका रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="110"/>
        <source>This code opens your family&apos;s care diary if the passphrase is forgotten, or if Kindred moves to a new computer.</source>
        <translation>अगर पासफ़्रेज़ भूल जाएँ, या Kindred नए कंप्यूटर पर जाए, तो यह कोड आपके परिवार की देखभाल डायरी खोलता है।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="116"/>
        <source>Made on {date}.</source>
        <translation>{date} को बनाया गया।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="119"/>
        <source>How to use it</source>
        <translation>इसे कैसे इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="120"/>
        <source>Open Kindred.</source>
        <translation>Kindred खोलें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="123"/>
        <source>Choose {button}.</source>
        <translation>{button} चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="127"/>
        <source>Type the code. Capital or small letters both work, and the dashes don&apos;t matter.</source>
        <translation>कोड लिखें। बड़े या छोटे, दोनों अक्षर चलते हैं, और डैश (-) से फ़र्क़ नहीं पड़ता।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="132"/>
        <source>Keep it safe</source>
        <translation>इसे सुरक्षित रखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="134"/>
        <source>Keep this page with your important papers, away from the computer. Anyone with this code and a copy of the diary could read it. Kindred cannot show you this code again.</source>
        <translation>इस पेज को अपने ज़रूरी काग़ज़ों के साथ, कंप्यूटर से दूर रखें। जिसके पास यह कोड और डायरी की कॉपी हो, वह उसे पढ़ सकता है। Kindred यह कोड आपको दोबारा नहीं दिखा सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="172"/>
        <source>Kindred recovery code</source>
        <translation>Kindred रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="184"/>
        <source>Save your recovery code as a PDF</source>
        <translation>अपना रिकवरी कोड PDF के रूप में सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="186"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="198"/>
        <source>Print your recovery code</source>
        <translation>अपना रिकवरी कोड प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="25"/>
        <source>the text</source>
        <translation>लिखी बात</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="26"/>
        <source>the kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="27"/>
        <source>the time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="28"/>
        <source>mood</source>
        <translation>मूड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="29"/>
        <source>distress</source>
        <translation>परेशानी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="30"/>
        <source>sleep</source>
        <translation>नींद</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="31"/>
        <source>tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="32"/>
        <source>the appointment flag</source>
        <translation>अपॉइंटमेंट का निशान</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="33"/>
        <source>who can see it</source>
        <translation>कौन देख सकता है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="34"/>
        <source>before</source>
        <translation>पहले क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="35"/>
        <source>what they did</source>
        <translation>उन्होंने क्या किया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="36"/>
        <source>what we tried</source>
        <translation>हमने क्या आज़माया</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="37"/>
        <source>what helped</source>
        <translation>किससे मदद मिली</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="41"/>
        <source>Written by {name} · {when}</source>
        <translation>{name} ने लिखी · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="42"/>
        <source>Changed by {name} · {when}</source>
        <translation>{name} ने बदली · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="43"/>
        <source>Deleted by {name} · {when}</source>
        <translation>{name} ने मिटाई · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="44"/>
        <source>Brought back by {name} · {when}</source>
        <translation>{name} ने वापस लाई · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="45"/>
        <source>Edit kept aside (someone else had changed it) by {name} · {when}</source>
        <translation>{name} का बदलाव अलग रखा गया (किसी और ने पहले बदल दिया था) · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="57"/>
        <source>dd MMM yyyy, HH:mm</source>
        <translation>dd MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="66"/>
        <source>Changed {fields}</source>
        <translation>बदला: {fields}</translation>
    </message>
</context>
<context>
    <name>medicine_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="95"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>pocket_cards</name>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="48"/>
        <source>Save pocket cards</source>
        <translation>जेब कार्ड सेव करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="50"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="57"/>
        <source>What helps</source>
        <translation>क्या मदद करता है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="58"/>
        <source>You could say</source>
        <translation>आप कह सकते हैं</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="59"/>
        <source>Try not to</source>
        <translation>कोशिश करें कि ऐसा न करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="60"/>
        <source>Get urgent help when…</source>
        <translation>तुरंत मदद लें जब…</translation>
    </message>
</context>
<context>
    <name>shared_open</name>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="82"/>
        <source>The shared diary&apos;s connection details can&apos;t be read. Please set them again.</source>
        <translation>साझा डायरी से जुड़ने की जानकारी पढ़ी नहीं जा सकी। कृपया उसे फिर से भरें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="115"/>
        <source>Your password for the shared diary ({user}):</source>
        <translation>साझा डायरी के लिए आपका पासवर्ड ({user}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="143"/>
        <source>Open the shared diary</source>
        <translation>साझा डायरी खोलें</translation>
    </message>
</context>
</TS>
