<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutThemPage</name>
        <message>
            <location filename="../../ui/pages/about_them.py" line="41" />
            <source>Diagnoses, as your family knows them</source>
            <translation>Diagnósticos, tal como los conoce tu familia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="42" />
            <source>For example: Alzheimer's disease, 2023</source>
            <translation>Por ejemplo: alzhéimer, 2023</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="46" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="47" />
            <source>Medicines or foods that cause a reaction, and what happens</source>
            <translation>Medicamentos o alimentos que le sientan mal, y qué pasa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="53" />
            <source>What matters to them</source>
            <translation>Lo que le importa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="54" />
            <source>People, places, pets, music, faith, work…</source>
            <translation>Personas, lugares, mascotas, música, fe, trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="58" />
            <source>Their routines</source>
            <translation>Su rutina</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="59" />
            <source>Waking, meals, a daily walk, a programme never missed…</source>
            <translation>Despertar, comidas, un paseo diario, un programa que nunca se pierde…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="65" />
            <source>What upsets them</source>
            <translation>Lo que le altera</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="66" />
            <source>Noise, being rushed, a time of day…</source>
            <translation>Ruido, las prisas, una hora del día…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="70" />
            <source>What calms them</source>
            <translation>Lo que le calma</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="71" />
            <source>A voice, a song, a walk, a photo album…</source>
            <translation>Una voz, una canción, un paseo, un álbum de fotos…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="75" />
            <source>How they communicate</source>
            <translation>Cómo se comunica</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="76" />
            <source>Hearing, glasses, language, how they show pain…</source>
            <translation>Oído, gafas, idioma, cómo muestra el dolor…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="80" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="106" />
            <source>A page about who they are, in your family's words: for a hospital stay, a new carer or a respite break. Keep it up to date as things change.</source>
            <translation>Una página sobre quién es, con las palabras de tu familia: para una estancia en el hospital, un nuevo cuidador o unos días de respiro. Actualízala cuando cambien las cosas.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="113" />
            <source>The name they like to be called</source>
            <translation>El nombre que le gusta que usen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="119" />
            <source>Not written</source>
            <translation>Sin escribir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="124" />
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="125" />
            <source>Known as</source>
            <translation>Cómo le llaman</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="126" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="135" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="136" />
            <source>Save my version</source>
            <translation>Guardar mi versión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="137" />
            <source>Save what is written here, on top of their change</source>
            <translation>Guardar lo que hay escrito aquí, encima de su cambio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="146" />
            <source>Print / save the About me page…</source>
            <translation>Imprimir / guardar la página «Sobre mí»…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="147" />
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="207" />
            <source>{name} can read this page but not change it.</source>
            <translation>{name} puede leer esta página, pero no cambiarla.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="226" />
            <source>About {name}</source>
            <translation>Sobre {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="276" />
            <source>The About me page is saved.</source>
            <translation>La página «Sobre mí» está guardada.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="301" />
            <source>{message}

What they changed:
{changes}</source>
            <translation>{message}

Lo que cambió la otra persona:
{changes}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/about_them.py" line="341" />
            <source>(now empty)</source>
            <translation>(ahora vacío)</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <location filename="../../ui/models/appointment_model.py" line="51" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/models/appointment_model.py" line="52" />
            <source>With whom, and why</source>
            <translation>Con quién y por qué</translation>
        </message>
        <message>
            <location filename="../../ui/models/appointment_model.py" line="64" />
            <source>Visit notes written</source>
            <translation>Notas de la visita escritas</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../ui/pages/appointments.py" line="38" />
            <source>No appointments coming up. “Add an appointment…” puts one here.</source>
            <translation>No hay citas próximas. Con «Añadir una cita…» pones una aquí.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="41" />
            <source>Nothing to bring up yet. Entries of the kind “Question for the doctor”, and entries flagged for the appointment, appear here by themselves; you can also type a question below.</source>
            <translation>Aún no hay nada que comentar. Las entradas de tipo «Pregunta para el médico» y las marcadas para la cita aparecen aquí solas; también puedes escribir una pregunta abajo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="67" />
            <source>Add an appointment…</source>
            <translation>Añadir una cita…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="69" />
            <location filename="../../ui/pages/appointments.py" line="147" />
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="73" />
            <source>Appointments coming up</source>
            <translation>Próximas citas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="75" />
            <source>Earlier appointments</source>
            <translation>Citas anteriores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="78" />
            <source>Earlier appointments, newest first</source>
            <translation>Citas anteriores, la más reciente primero</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="84" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="85" />
            <location filename="../../ui/pages/appointments.py" line="256" />
            <source>After the visit…</source>
            <translation>Después de la visita…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="87" />
            <source>Write down what was said and agreed, and medicine changes</source>
            <translation>Anota lo que se dijo y se acordó, y los cambios de medicación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="89" />
            <source>Report for this appointment</source>
            <translation>Informe para esta cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="96" />
            <source>To bring up at the appointment</source>
            <translation>Para comentar en la cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="99" />
            <source>A question for the doctor…</source>
            <translation>Una pregunta para el médico…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="100" />
            <source>A question for the doctor</source>
            <translation>Una pregunta para el médico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="101" />
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="102" />
            <source>Remove question</source>
            <translation>Quitar pregunta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="103" />
            <source>Remove the chosen question you typed here</source>
            <translation>Quitar la pregunta elegida que escribiste aquí</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="113" />
            <source>To bring up</source>
            <translation>Para comentar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="127" />
            <source>Questions for the doctor that you write in the diary gather here, ready for the next appointment.</source>
            <translation>Las preguntas para el médico que escribes en el diario se reúnen aquí, listas para la próxima cita.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="133" />
            <source>Coming up</source>
            <translation>Próximas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="145" />
            <source>Appointments and the report for the doctor</source>
            <translation>Citas y el informe para el médico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="148" />
            <source>Report for the doctor</source>
            <translation>Informe para el médico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="149" />
            <source>Ctrl+P from anywhere</source>
            <translation>Ctrl+P desde cualquier sitio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="249" />
            <source>Your concerns: {text}</source>
            <translation>Lo que te preocupa: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="251" />
            <source>What you need: {text}</source>
            <translation>Lo que necesitas: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="256" />
            <source>Visit notes are in the diary</source>
            <translation>Las notas de la visita están en el diario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="309" />
            <source>The appointment with {name} is on the list.</source>
            <translation>La cita con {name} está en la lista.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="320" />
            <source>The appointment is saved.</source>
            <translation>La cita está guardada.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="335" />
            <source>The notes from the visit are in the diary.</source>
            <translation>Las notas de la visita están en el diario.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="355" />
            <source>The question is on the list.</source>
            <translation>La pregunta está en la lista.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/appointments.py" line="375" />
            <source>The question is off the list. Its words are back in the box.</source>
            <translation>La pregunta ya no está en la lista. Sus palabras han vuelto al cuadro.</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <location filename="../../ui/models/card_list_model.py" line="55" />
            <source>{title}, in your favourites</source>
            <translation>{title}, en tus favoritos</translation>
        </message>
    </context>
    <context>
        <name>CardRow</name>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="40" />
            <source>Helped</source>
            <translation>Ayudó</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="41" />
            <source>Didn't help</source>
            <translation>No ayudó</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="42" />
            <source>Not sure yet</source>
            <translation>Aún no lo sé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="78" />
            <source>Card tried: {title}</source>
            <translation>Tarjeta probada: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="87" />
            <source>Did it help?</source>
            <translation>¿Ayudó?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="97" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="99" />
            <source>Remove {title} from the ideas we tried</source>
            <translation>Quitar {title} de las ideas que probamos</translation>
        </message>
    </context>
    <context>
        <name>CardSuggestions</name>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="26" />
            <source>Ideas that may help:</source>
            <translation>Ideas que pueden ayudar:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="27" />
            <source>+ We tried this</source>
            <translation>+ Lo probamos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="52" />
            <source>Guidance cards that may help</source>
            <translation>Tarjetas de orientación que pueden ayudar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="95" />
            <location filename="../../ui/widgets/card_suggestions.py" line="134" />
            <source>Open the card: {title}</source>
            <translation>Abrir la tarjeta: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="135" />
            <source>Open this guidance card</source>
            <translation>Abrir esta tarjeta de orientación</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="143" />
            <source>We tried this: {title}</source>
            <translation>Lo probamos: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_suggestions.py" line="144" />
            <source>Add this card to the ideas we tried in this episode</source>
            <translation>Añadir esta tarjeta a las ideas que probamos en este episodio</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="30" />
            <source>What has helped before in your family</source>
            <translation>Lo que ya ha ayudado en tu familia</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="31" />
            <source>When you note in the diary that you tried these ideas, it will show here. It helps everyone see what works for them.</source>
            <translation>Cuando anotes en el diario que probaste estas ideas, aparecerá aquí. Así todos ven lo que le funciona.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="36" />
            <source>Looking in the diary…</source>
            <translation>Buscando en el diario…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="37" />
            <source>The diary could not be read just now. The card itself is all here.</source>
            <translation>Ahora mismo no se ha podido leer el diario. La tarjeta está aquí completa.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="40" />
            <source>Choose your country in Settings to see your local numbers here.</source>
            <translation>Elige tu país en Ajustes para ver aquí tus números locales.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="43" />
            <source>☆ Add to favourites</source>
            <translation>☆ Añadir a favoritos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="44" />
            <source>★ In your favourites</source>
            <translation>★ En tus favoritos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="66" />
            <source>How it may feel for you</source>
            <translation>Cómo te puedes sentir tú</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="67" />
            <source>What it may feel like for them</source>
            <translation>Cómo se puede sentir esa persona</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="105" />
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="106" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="107" />
            <source>Back (Backspace or Alt+Left)</source>
            <translation>Atrás (Retroceso o Alt+Izquierda)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="110" />
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="111" />
            <source>Present full screen</source>
            <translation>Mostrar en pantalla completa</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="112" />
            <source>Show this card full screen, for a group (F5)</source>
            <translation>Mostrar esta tarjeta en pantalla completa, para un grupo (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="113" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="114" />
            <source>Print this card, or several, as pocket cards</source>
            <translation>Imprimir esta tarjeta, o varias, como tarjetas de bolsillo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="185" />
            <source>What helps</source>
            <translation>Lo que ayuda</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="186" />
            <source>What to avoid</source>
            <translation>Lo que conviene evitar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="188" />
            <source>Things you can say</source>
            <translation>Cosas que puedes decir</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="194" />
            <source>Related cards</source>
            <translation>Tarjetas relacionadas</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="202" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="204" />
            <source>Last reviewed {day}.</source>
            <translation>Última revisión: {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="216" />
            <source>Get urgent help when…</source>
            <translation>Pide ayuda urgente si…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="239" />
            <source>Open the card: {title}</source>
            <translation>Abrir la tarjeta: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="316" />
            <source>This card is in your favourites</source>
            <translation>Esta tarjeta está en tus favoritos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="318" />
            <source>Keep this card in your favourites</source>
            <translation>Guardar esta tarjeta en tus favoritos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="351" />
            <source>private: only you can see it</source>
            <translation>privada: solo tú puedes verla</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="357" />
            <source>What we tried</source>
            <translation>Lo que probamos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/card_view.py" line="358" />
            <source>What helped</source>
            <translation>Lo que ayudó</translation>
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
            <translation>Ideas de las tarjetas que probamos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="35" />
            <source>Type a card's name and press Enter, then say whether its ideas helped.</source>
            <translation>Escribe el nombre de una tarjeta y pulsa Intro; luego di si sus ideas ayudaron.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="38" />
            <source>Type a card's name…</source>
            <translation>Escribe el nombre de una tarjeta…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="159" />
            <source>Add a guidance card we tried</source>
            <translation>Añadir una tarjeta que probamos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="168" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="169" />
            <source>Add this card</source>
            <translation>Añadir esta tarjeta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="225" />
            <source>A card no longer in Kindred ({card})</source>
            <translation>Una tarjeta que ya no está en Kindred ({card})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/cards_tried.py" line="285" />
            <source>No card matches “{typed}”. Try another word.</source>
            <translation>Ninguna tarjeta coincide con «{typed}». Prueba otra palabra.</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../../ui/pages/coming_soon.py" line="12" />
            <source>This part of Kindred is still being built. Everything you write in the diary is kept safe in the meantime.</source>
            <translation>Esta parte de Kindred aún se está construyendo. Mientras tanto, todo lo que escribes en el diario se guarda a salvo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/coming_soon.py" line="28" />
            <source>Coming soon</source>
            <translation>Muy pronto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/coming_soon.py" line="46" />
            <source>{page}: coming soon</source>
            <translation>{page}: muy pronto</translation>
        </message>
    </context>
    <context>
        <name>DemoBand</name>
        <message>
            <location filename="../../ui/demo_mode.py" line="28" />
            <source>Demo — not real data. A fictional family, for trying Kindred and for talks.</source>
            <translation>Demo: no son datos reales. Una familia ficticia, para probar Kindred y para charlas.</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="45" />
            <source>Demo notice</source>
            <translation>Aviso de demo</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="46" />
            <location filename="../../ui/demo_mode.py" line="47" />
            <source>Reset demo</source>
            <translation>Reiniciar la demo</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="48" />
            <source>Throw away every change made in the demo</source>
            <translation>Descartar todos los cambios hechos en la demo</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="49" />
            <location filename="../../ui/demo_mode.py" line="50" />
            <source>Leave the demo</source>
            <translation>Salir de la demo</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="51" />
            <source>Close the demo; nothing in it is kept</source>
            <translation>Cerrar la demo; no se guarda nada de ella</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="67" />
            <source>The demo is back as it started.</source>
            <translation>La demo ha vuelto a como empezó.</translation>
        </message>
    </context>
    <context>
        <name>DiaryPage</name>
        <message>
            <location filename="../../ui/pages/diary.py" line="45" />
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="46" />
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="47" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="48" />
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="49" />
            <source>Choose dates…</source>
            <translation>Elegir fechas…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="69" />
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="71" />
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="73" />
            <source>Write a new entry (Ctrl+N)</source>
            <translation>Escribir una entrada nueva (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="75" />
            <source>Search the diary…</source>
            <translation>Buscar en el diario…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="77" />
            <source>Search the diary</source>
            <translation>Buscar en el diario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="78" />
            <source>Results appear as you type</source>
            <translation>Los resultados aparecen mientras escribes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="81" />
            <source>Written by</source>
            <translation>Escrito por</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="83" />
            <source>Kind of entry</source>
            <translation>Tipo de entrada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="85" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="90" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="90" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="97" />
            <location filename="../../ui/pages/diary.py" line="99" />
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="98" />
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="100" />
            <source>For the appointment</source>
            <translation>Para la cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="101" />
            <source>Only entries flagged for the next appointment</source>
            <translation>Solo las entradas marcadas para la próxima cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="102" />
            <source>Private</source>
            <translation>Privadas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="103" />
            <source>Only my private entries</source>
            <translation>Solo mis entradas privadas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="104" />
            <location filename="../../ui/pages/diary.py" line="435" />
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="121" />
            <source>Number of entries shown</source>
            <translation>Número de entradas mostradas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="125" />
            <source>Diary entries, newest first</source>
            <translation>Entradas del diario, la más reciente primero</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="151" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="152" />
            <source>Edit the chosen entry (Enter)</source>
            <translation>Editar la entrada elegida (Intro)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="153" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="154" />
            <source>Who changed this entry, and when (Ctrl+H)</source>
            <translation>Quién cambió esta entrada y cuándo (Ctrl+H)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="155" />
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="156" />
            <source>Delete the chosen entry (Delete). You can undo it.</source>
            <translation>Borrar la entrada elegida (Supr). Puedes deshacerlo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="157" />
            <source>Undo delete</source>
            <translation>Deshacer el borrado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="158" />
            <source>Bring back the entry you just deleted (Ctrl+Z)</source>
            <translation>Recuperar la entrada que acabas de borrar (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="185" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="191" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="320" />
            <location filename="../../ui/pages/diary.py" line="328" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="339" />
            <source>Copied. Kindred asked clipboard managers not to keep it.</source>
            <translation>Copiado. Kindred ha pedido a los gestores del portapapeles que no lo guarden.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="367" />
            <source>Entry deleted. Press Ctrl+Z or “Undo delete” to bring it back.</source>
            <translation>Entrada borrada. Pulsa Ctrl+Z o «Deshacer el borrado» para recuperarla.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="380" />
            <source>The entry is back.</source>
            <translation>La entrada ha vuelto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/diary.py" line="424" />
            <source>%n+ entries</source>
            <translation>
                <numerusform>%n+ entrada</numerusform>
                <numerusform>%n+ entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/diary.py" line="427" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="433" />
            <source>No entries match. Try fewer words or clear the filters.</source>
            <translation>Ninguna entrada coincide. Prueba con menos palabras o quita los filtros.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="437" />
            <source>No entries yet — what happened today?</source>
            <translation>Aún no hay entradas. ¿Qué ha pasado hoy?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/diary.py" line="438" />
            <source>Write the first entry</source>
            <translation>Escribir la primera entrada</translation>
        </message>
    </context>
    <context>
        <name>DoseRow</name>
        <message>
            <location filename="../../ui/pages/medications.py" line="78" />
            <source>{medicine} today</source>
            <translation>{medicine} hoy</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="86" />
            <source>Note a dose of {medicine} as {outcome}, now</source>
            <translation>Anotar ahora una dosis de {medicine} como «{outcome}»</translation>
        </message>
    </context>
    <context>
        <name>EntryCardDelegate</name>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="62" />
            <source>⚑ For the next appointment</source>
            <translation>⚑ Para la próxima cita</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="66" />
            <source>🔒 Private</source>
            <translation>🔒 Privada</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="76" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="77" />
            <source>What they did</source>
            <translation>Lo que hizo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="78" />
            <source>What we tried</source>
            <translation>Lo que probamos</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="79" />
            <source>What helped</source>
            <translation>Lo que ayudó</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="88" />
            <source>Mood {value}/10 ({word})</source>
            <translation>Ánimo {value}/10 ({word})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="94" />
            <source>Distress {value}/10 ({word})</source>
            <translation>Angustia {value}/10 ({word})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/entry_card.py" line="100" />
            <source>Slept {hours} h</source>
            <translation>Durmió {hours} h</translation>
        </message>
    </context>
    <context>
        <name>GuidancePage</name>
        <message>
            <location filename="../../ui/pages/guidance.py" line="65" />
            <source>Your favourites</source>
            <translation>Tus favoritos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="66" />
            <location filename="../../ui/pages/guidance.py" line="153" />
            <source>Recently viewed</source>
            <translation>Vistas hace poco</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="69" />
            <source>What is happening? For example: he won't stop shouting</source>
            <translation>¿Qué está pasando? Por ejemplo: no para de gritar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="72" />
            <source>No favourites yet. Open a card and choose “Add to favourites” to keep it here.</source>
            <translation>Aún no hay favoritos. Abre una tarjeta y elige «Añadir a favoritos» para tenerla aquí.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="76" />
            <source>Cards you open will be listed here, so you can find them again.</source>
            <translation>Las tarjetas que abras aparecerán aquí, para que las encuentres de nuevo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="82" />
            <source>No card matches “{query}” yet. Try other words, like “angry”, “confused” or “can't sleep”. If someone may be in danger, press “I need help now” at the top.</source>
            <translation>Aún no hay ninguna tarjeta para «{query}». Prueba otras palabras, como «enfadado», «confundido» o «no duerme». Si alguien puede estar en peligro, pulsa «Necesito ayuda ya» arriba.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="123" />
            <source>Guidance</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="125" />
            <source>Print pocket cards…</source>
            <translation>Imprimir tarjetas de bolsillo…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="127" />
            <source>Print cards large, two or four to a page, to cut out</source>
            <translation>Imprimir tarjetas grandes, dos o cuatro por página, para recortar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="134" />
            <source>Short, kind ideas for hard moments. Type what is happening, in your own words.</source>
            <translation>Ideas breves y amables para momentos difíciles. Escribe lo que pasa con tus palabras.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="141" />
            <source>Search the guidance cards</source>
            <translation>Buscar en las tarjetas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="149" />
            <source>All cards</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="152" />
            <source>★ Favourites</source>
            <translation>★ Favoritas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="160" />
            <source>Show {section}</source>
            <translation>Mostrar {section}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="175" />
            <source>Guidance cards</source>
            <translation>Tarjetas de orientación</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/guidance.py" line="256" />
            <source>%n cards may help, best first (searching all cards).</source>
            <translation>
                <numerusform>%n tarjeta puede ayudar, la mejor primero (en todas las tarjetas).</numerusform>
                <numerusform>%n tarjetas pueden ayudar, las mejores primero (en todas las tarjetas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/guidance.py" line="301" />
            <source>%n cards</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/guidance.py" line="427" />
            <source>Pocket cards saved to {path}.</source>
            <translation>Tarjetas de bolsillo guardadas en {path}.</translation>
        </message>
    </context>
    <context>
        <name>HelpNowPage</name>
        <message>
            <location filename="../../ui/pages/help_now.py" line="32" />
            <source>Is someone in danger right now?</source>
            <translation>¿Hay alguien en peligro ahora mismo?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="33" />
            <source>Choose your country in Settings to see local numbers.</source>
            <translation>Elige tu país en Ajustes para ver los números locales.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="36" />
            <source>We don't have local numbers for your country yet.</source>
            <translation>Aún no tenemos números locales para tu país.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="39" />
            <source>Call your local emergency number</source>
            <translation>Llama al número de emergencias de tu zona</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="94" />
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="98" />
            <source>Crisis lines in {place}</source>
            <translation>Líneas de crisis en {place}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="102" />
            <source>Advice and support (not for emergencies)</source>
            <translation>Consejo y apoyo (no para emergencias)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="109" />
            <source>These numbers were last checked on {day}.</source>
            <translation>Estos números se comprobaron por última vez el {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="122" />
            <source>If someone could die or be badly hurt:</source>
            <translation>Si alguien puede morir o hacerse mucho daño:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="133" />
            <source>The emergency number in {place}: ambulance, police, fire.</source>
            <translation>El número de emergencias en {place}: ambulancia, policía, bomberos.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="155" />
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="167" />
            <source>Call {number}</source>
            <translation>Llama al {number}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="173" />
            <source>your local emergency number</source>
            <translation>número de emergencias de tu zona</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="179" />
            <source>Call a crisis line now, for example {name} ({number}).</source>
            <translation>Llama ahora a una línea de crisis, por ejemplo {name} ({number}).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="183" />
            <source>All the lines are below.</source>
            <translation>Todas las líneas están abajo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="187" />
            <source>Call a local crisis line, or your doctor's out-of-hours service.</source>
            <translation>Llama a una línea de crisis de tu zona o al servicio de urgencias de tu médico.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="193" />
            <source>Danger to life</source>
            <translation>Peligro para la vida</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="194" />
            <source>They are badly hurt, not breathing normally or not waking up, have taken an overdose, have a weapon, or talk about a plan to end their life.</source>
            <translation>Está muy herido, no respira con normalidad o no se despierta, ha tomado una sobredosis, tiene un arma o habla de un plan para quitarse la vida.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="199" />
            <source>Call {number} now. If you feel unsafe, get yourself and others to a safe place first, then call.</source>
            <translation>Llama ahora al {number}. Si no te sientes a salvo, ponte tú y los demás en un lugar seguro primero, y luego llama.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="207" />
            <source>Urgent, but no one is in danger this minute</source>
            <translation>Urgente, pero nadie está en peligro en este momento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="210" />
            <source>They are very distressed, not making sense, talking about not wanting to live, or suddenly much more confused than usual.</source>
            <translation>Está muy angustiado, no dice cosas con sentido, habla de no querer vivir o de repente está mucho más confundido que de costumbre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="217" />
            <source>Sudden new confusion needs a doctor today.</source>
            <translation>Una confusión nueva y repentina necesita un médico hoy.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="223" />
            <source>Worrying, but it can wait a little</source>
            <translation>Preocupante, pero puede esperar un poco</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="224" />
            <source>Things are hard, but everyone is safe for now.</source>
            <translation>Las cosas están difíciles, pero por ahora todos están a salvo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="227" />
            <source>Call their doctor or care team in opening hours. Write down what happened in the diary, so you can tell them.</source>
            <translation>Llama a su médico o a su equipo de salud en horario de atención. Anota en el diario lo que pasó, para poder contárselo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="250" />
            <source>Step {number}: {title}</source>
            <translation>Paso {number}: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="275" />
            <source>Also: {numbers}</source>
            <translation>También: {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="284" />
            <source>You can also text {number}.</source>
            <translation>También puedes enviar un mensaje al {number}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="292" />
            <source>You can call or text {number}.</source>
            <translation>Puedes llamar o enviar un mensaje al {number}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/help_now.py" line="304" />
            <source>Languages: {names}</source>
            <translation>Idiomas: {names}</translation>
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
            <translation>Kindred está bloqueado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="53" />
            <source>Your diary is locked</source>
            <translation>Tu diario está bloqueado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="57" />
            <source>Kindred locked the diary to keep it private. Everything you wrote is safe.</source>
            <translation>Kindred ha bloqueado el diario para mantenerlo privado. Todo lo que escribiste está a salvo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="62" />
            <location filename="../../ui/pages/lock_screen.py" line="171" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="64" />
            <source>Unlock the diary</source>
            <translation>Desbloquear el diario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/lock_screen.py" line="171" />
            <source>Opening…</source>
            <translation>Abriendo…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>Diary</source>
            <translation>Diario</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="51" />
            <source>Guidance</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="52" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="53" />
            <source>Appointments &amp; reports</source>
            <translation>Citas e informes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="54" />
            <source>About them</source>
            <translation>Sobre la persona</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="55" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="62" />
            <source>Write a new entry</source>
            <translation>Escribir una entrada nueva</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Search the diary, or the cards on the Guidance page</source>
            <translation>Buscar en el diario, o en las tarjetas de la página Orientación</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="69" />
            <source>Show the chosen guidance card full screen, for a group</source>
            <translation>Mostrar la tarjeta elegida en pantalla completa, para un grupo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="71" />
            <source>Back to the card or list before</source>
            <translation>Volver a la tarjeta o la lista anterior</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="72" />
            <source>Reports for appointments</source>
            <translation>Informes para las citas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="73" />
            <source>Undo the last delete</source>
            <translation>Deshacer el último borrado</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="74" />
            <source>Make text bigger or smaller</source>
            <translation>Agrandar o achicar el texto</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="75" />
            <source>Lock the diary now</source>
            <translation>Bloquear el diario ahora</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="78" />
            <source>Presentation mode: large text, high contrast, private entries hidden</source>
            <translation>Modo presentación: texto grande, alto contraste, entradas privadas ocultas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>Edit, delete or see the history of the chosen entry</source>
            <translation>Editar, borrar o ver el historial de la entrada elegida</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="88" />
            <source>Move between controls; arrows move in lists</source>
            <translation>Moverse entre controles; las flechas se mueven en las listas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="90" />
            <source>This help</source>
            <translation>Esta ayuda</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="143" />
            <location filename="../../ui/main_window.py" line="237" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <location filename="../../ui/main_window.py" line="235" />
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <location filename="../../ui/main_window.py" line="236" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <location filename="../../ui/main_window.py" line="209" />
            <location filename="../../ui/main_window.py" line="210" />
            <location filename="../../ui/main_window.py" line="244" />
            <source>I need help now</source>
            <translation>Necesito ayuda ya</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>The person you care for</source>
            <translation>La persona a la que cuidas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>Writing as</source>
            <translation>Escribe</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Who is writing</source>
            <translation>Quién escribe</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>Choose who is writing, if several of you share this computer</source>
            <translation>Elige quién escribe, si compartís este ordenador</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>Lock the diary now (Ctrl+L)</source>
            <translation>Bloquear el diario ahora (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>Lock the diary</source>
            <translation>Bloquear el diario</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <location filename="../../ui/main_window.py" line="417" />
            <source>Present</source>
            <translation>Presentar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>Presentation mode</source>
            <translation>Modo presentación</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>For a room or a projector: large text, high contrast, private entries and the writer hidden (Ctrl+Shift+P)</source>
            <translation>Para una sala o un proyector: texto grande, alto contraste, sin entradas privadas ni quién escribe (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="212" />
            <source>Emergency and crisis numbers, in one click</source>
            <translation>Números de emergencia y de crisis, con un clic</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="399" />
            <source>Caring for {name}</source>
            <translation>Cuidando a {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="417" />
            <source>Stop presenting</source>
            <translation>Dejar de presentar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="431" />
            <source>Presentation mode: private entries are hidden.</source>
            <translation>Modo presentación: las entradas privadas están ocultas.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="433" />
            <source>Presentation mode is off.</source>
            <translation>El modo presentación está desactivado.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <source>Now writing as {name}.</source>
            <translation>Ahora escribe {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="491" />
            <source>That guidance card could not be found.</source>
            <translation>No se ha encontrado esa tarjeta.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="504" />
            <source>There is nothing to undo.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="517" />
            <source>Text size {percent} %.</source>
            <translation>Tamaño del texto: {percent} %.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="537" />
            <source>Everything in Kindred works from the keyboard.</source>
            <translation>En Kindred todo funciona con el teclado.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="539" />
            <source>The red “I need help now” button is always at the top right.</source>
            <translation>El botón rojo «Necesito ayuda ya» está siempre arriba a la derecha.</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../../ui/pages/medications.py" line="38" />
            <source>No medicines on the list yet. “Add a medicine…” starts it.</source>
            <translation>Aún no hay medicamentos en la lista. Empieza con «Añadir un medicamento…».</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="41" />
            <source>Nothing noted yet today.</source>
            <translation>Hoy aún no se ha anotado nada.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="42" />
            <source>Choose a medicine in the list to see every change to it.</source>
            <translation>Elige un medicamento de la lista para ver todos sus cambios.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="55" />
            <source>{outcome} at {time} ({name})</source>
            <translation>{outcome} a las {time} ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="60" />
            <source>Today: {doses}.</source>
            <translation>Hoy: {doses}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="119" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="120" />
            <source>Add a medicine…</source>
            <translation>Añadir un medicamento…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="125" />
            <source>The list comes from every change you write down, with who decided and why. It goes into the report for the doctor.</source>
            <translation>La lista sale de cada cambio que anotas, con quién lo decidió y por qué. Va en el informe para el médico.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="132" />
            <source>Medicines today</source>
            <translation>Medicamentos de hoy</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="135" />
            <source>One click notes a dose as given, missed or refused, now, by you.</source>
            <translation>Con un clic anotas una dosis como dada, olvidada o rechazada, ahora y a tu nombre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="142" />
            <source>Medicines being taken will be listed here.</source>
            <translation>Aquí aparecerán los medicamentos que se están tomando.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="150" />
            <location filename="../../ui/pages/medications.py" line="178" />
            <source>Current medicines</source>
            <translation>Medicamentos actuales</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="152" />
            <source>Show stopped medicines too</source>
            <translation>Mostrar también los medicamentos dejados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="153" />
            <source>Record a change…</source>
            <translation>Anotar un cambio…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="155" />
            <source>A new dose, a pause, a stop or a restart, with the reason</source>
            <translation>Una dosis nueva, una pausa, dejarlo o volver a empezar, con el motivo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="164" />
            <location filename="../../ui/pages/medications.py" line="285" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="167" />
            <source>Changes to the chosen medicine, newest first</source>
            <translation>Cambios del medicamento elegido, el más reciente primero</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="253" />
            <source>{name} can read the diary but not write in it.</source>
            <translation>{name} puede leer el diario, pero no escribir en él.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="288" />
            <source>Changes to {medicine}, newest first</source>
            <translation>Cambios de {medicine}, el más reciente primero</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="309" />
            <source>{medicine} is on the list.</source>
            <translation>{medicine} está en la lista.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="321" />
            <source>{medicine}: “{change}” is in its history.</source>
            <translation>{medicine}: «{change}» está en su historial.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/medications.py" line="339" />
            <source>Noted: {medicine} {outcome} at {time}.</source>
            <translation>Anotado: {medicine} {outcome} a las {time}.</translation>
        </message>
    </context>
    <context>
        <name>MedicineTableModel</name>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="94" />
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="95" />
            <source>How, and what for</source>
            <translation>Cómo y para qué</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="93" />
            <source>Preview of the pages</source>
            <translation>Vista previa de las páginas</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="94" />
            <location filename="../../ui/widgets/pdf_preview.py" line="123" />
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="97" />
            <source>About the preview</source>
            <translation>Sobre la vista previa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pdf_preview.py" line="119" />
            <source>%n pages</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationBar</name>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="14" />
            <source>Presentation mode: private entries and who is writing are hidden.</source>
            <translation>Modo presentación: las entradas privadas y quién escribe están ocultos.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="17" />
            <source>Presentation mode is on</source>
            <translation>El modo presentación está activado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="18" />
            <location filename="../../ui/widgets/presentation_bar.py" line="19" />
            <source>Leave presentation mode</source>
            <translation>Salir del modo presentación</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/presentation_bar.py" line="21" />
            <source>Back to your own text size and colours, and every entry (Ctrl+Shift+P)</source>
            <translation>Volver a tu tamaño de texto, tus colores y todas las entradas (Ctrl+Shift+P)</translation>
        </message>
    </context>
    <context>
        <name>RatingRow</name>
        <message>
            <location filename="../../ui/widgets/rating.py" line="30" />
            <source>Not rated</source>
            <translation>Sin puntuar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="79" />
            <source>0 means {low}, 10 means {high}.</source>
            <translation>0 significa {low}; 10 significa {high}.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="89" />
            <source>{name}, 0 to 10</source>
            <translation>{name}, de 0 a 10</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="94" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="96" />
            <source>Clear the {name} rating</source>
            <translation>Borrar la puntuación de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="101" />
            <source>Leave {name} not rated</source>
            <translation>Dejar {name} sin puntuar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="177" />
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="179" />
            <source>very low</source>
            <translation>muy bajo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="180" />
            <source>very good</source>
            <translation>muy bueno</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="186" />
            <source>Distress</source>
            <translation>Angustia</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="188" />
            <source>calm</source>
            <translation>tranquilo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/rating.py" line="189" />
            <source>extreme</source>
            <translation>extrema</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="49" />
            <source>Situation: the main concerns now</source>
            <translation>Situación: lo que más preocupa ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="52" />
            <source>Background: diagnoses, allergies, medicines and their changes</source>
            <translation>Antecedentes: diagnósticos, alergias, medicamentos y sus cambios</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="58" />
            <source>Assessment: mood, distress and sleep, episodes, doses</source>
            <translation>Valoración: ánimo, angustia y sueño, episodios, dosis</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="62" />
            <source>Requests: your questions and what you need</source>
            <translation>Peticiones: tus preguntas y lo que necesitas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="66" />
            <source>Appendix: the diary entries flagged for the appointment</source>
            <translation>Anexo: las entradas del diario marcadas para la cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="68" />
            <source>The “About them” page</source>
            <translation>La página «Sobre la persona»</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="95" />
            <source>For an appointment:</source>
            <translation>Para una cita:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="97" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="103" />
            <source>Between two dates:</source>
            <translation>Entre dos fechas:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="106" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="107" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="113" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="116" />
            <source>Your main concerns now, in your own words</source>
            <translation>Lo que más te preocupa ahora, con tus palabras</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="117" />
            <source>Your main concerns now</source>
            <translation>Lo que más te preocupa ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="118" />
            <source>What you need: help at home, a letter…</source>
            <translation>Lo que necesitas: ayuda en casa, una carta…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="119" />
            <source>What you need</source>
            <translation>Lo que necesitas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="132" />
            <source>Shorten our names to initials (recommended)</source>
            <translation>Acortar nuestros nombres a iniciales (recomendado)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="135" />
            <source>Include my own private entries</source>
            <translation>Incluir mis propias entradas privadas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="138" />
            <source>Large print</source>
            <translation>Letra grande</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="141" />
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="142" />
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="145" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="155" />
            <source>Which period?</source>
            <translation>¿Qué periodo?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="159" />
            <source>It covers the time since the appointment before.</source>
            <translation>Cubre el tiempo desde la cita anterior.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="166" />
            <source>What goes in?</source>
            <translation>¿Qué incluye?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="168" />
            <source>Who it is about and the period are always at the top.</source>
            <translation>Arriba siempre aparecen de quién trata y el periodo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="173" />
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="178" />
            <source>A report can be left on a desk or scanned into notes. Doctors' names stay as you wrote them.</source>
            <translation>Un informe puede quedarse en una mesa o escanearse en un historial. Los nombres de los médicos quedan como los escribiste.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="186" />
            <source>Other people's private entries are never included.</source>
            <translation>Las entradas privadas de otras personas nunca se incluyen.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="189" />
            <source>Printing</source>
            <translation>Impresión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="209" />
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="211" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="212" />
            <source>Prints the pages shown in the preview</source>
            <translation>Imprime las páginas de la vista previa</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="214" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="381" />
            <source>The first date is after the last one.</source>
            <translation>La primera fecha es posterior a la última.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="422" />
            <source>Handover report {day}.pdf</source>
            <translation>Informe de relevo {day}.pdf</translation>
        </message>
        <message>
            <location filename="../../ui/pages/report_panel.py" line="432" />
            <source>Family handover report</source>
            <translation>Informe de relevo de la familia</translation>
        </message>
    </context>
    <context>
        <name>SafetyBanner</name>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="39" />
            <source>Is this an emergency?</source>
            <translation>¿Es una emergencia?</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="40" />
            <source>About the entry you just saved:</source>
            <translation>Sobre la entrada que acabas de guardar:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="49" />
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="55" />
            <source>your local emergency number</source>
            <translation>número de emergencias de tu zona</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="56" />
            <source>Call {numbers} if anyone is in danger now.</source>
            <translation>Llama al {numbers} si alguien está en peligro ahora.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="93" />
            <source>Safety note</source>
            <translation>Aviso de seguridad</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="107" />
            <source>Open the card</source>
            <translation>Abrir la tarjeta</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="111" />
            <source>Open the one-screen check: who to call.</source>
            <translation>Abrir la comprobación de una pantalla: a quién llamar.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="113" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="114" />
            <source>Close the safety note</source>
            <translation>Cerrar el aviso de seguridad</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="206" />
            <source>Open: {title}</source>
            <translation>Abrir: {title}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/safety_banner.py" line="207" />
            <source>Open the card: {title}</source>
            <translation>Abrir la tarjeta: {title}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="49" />
            <source>Follow the computer</source>
            <translation>Como el ordenador</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="50" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="51" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="54" />
            <source>Main carer: writes in the diary and looks after the settings.</source>
            <translation>Cuidador principal: escribe en el diario y se ocupa de los ajustes.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="57" />
            <source>Family: reads and writes in the diary.</source>
            <translation>Familia: lee y escribe en el diario.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="58" />
            <source>Professional carer: a paid carer who reads and writes in the diary.</source>
            <translation>Cuidador profesional: alguien pagado que lee y escribe en el diario.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="61" />
            <source>Can read only: for example a visiting nurse who may read but not write.</source>
            <translation>Solo lectura: por ejemplo, una enfermera que viene a casa y puede leer pero no escribir.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="65" />
            <source>This is how big the text will be.</source>
            <translation>Así de grande se verá el texto.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="90" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="92" />
            <source>Changes take effect straight away.</source>
            <translation>Los cambios se aplican enseguida.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="141" />
            <location filename="../../ui/pages/settings_page.py" line="148" />
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="151" />
            <source>From 100 to 200 percent, in steps of 10. Smaller to the left, larger to the right.</source>
            <translation>De 100 a 200 por ciento, de 10 en 10. Más pequeño a la izquierda, más grande a la derecha.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="155" />
            <source>Text size now</source>
            <translation>Tamaño del texto ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="156" />
            <source>Smaller</source>
            <translation>Más pequeño</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="158" />
            <source>Larger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="169" />
            <source>Text size preview</source>
            <translation>Vista previa del tamaño</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="175" />
            <source>Colours</source>
            <translation>Colores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="181" />
            <source>Colours: {choice}</source>
            <translation>Colores: {choice}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="186" />
            <source>Light or dark, the same as the rest of this computer.</source>
            <translation>Claro u oscuro, igual que el resto del ordenador.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="188" />
            <source>High contrast (black background, bright text)</source>
            <translation>Alto contraste (fondo negro, texto brillante)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="189" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="191" />
            <source>Black background with white and yellow text, for low vision.</source>
            <translation>Fondo negro con texto blanco y amarillo, para quien ve poco.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="198" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="199" />
            <source>The words Kindred uses, and how it writes dates and numbers.</source>
            <translation>Las palabras que usa Kindred y cómo escribe fechas y números.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="208" />
            <source>Language: {name}</source>
            <translation>Idioma: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="215" />
            <location filename="../../ui/pages/settings_page.py" line="227" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="218" />
            <source>Used for the emergency and crisis numbers on the Help page, and the paper size of printed reports.</source>
            <translation>Se usa para los números de emergencia y de crisis de la página de ayuda, y para el tamaño del papel de los informes.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="235" />
            <source>Family members</source>
            <translation>Familiares</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="236" />
            <source>Everyone who writes in or reads this diary on this computer.</source>
            <translation>Todas las personas que escriben o leen este diario en este ordenador.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="241" />
            <source>Add a family member…</source>
            <translation>Añadir un familiar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="242" />
            <location filename="../../ui/pages/settings_page.py" line="264" />
            <source>Add a family member</source>
            <translation>Añadir un familiar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="267" />
            <source>Their name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="268" />
            <source>For example: Priya Okafor</source>
            <translation>Por ejemplo: Priya Okafor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="270" />
            <source>How they are related</source>
            <translation>Qué relación tiene</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="272" />
            <source>For example: daughter, neighbour, nurse</source>
            <translation>Por ejemplo: hija, vecino, enfermera</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="278" />
            <location filename="../../ui/pages/settings_page.py" line="288" />
            <source>What they can do</source>
            <translation>Qué puede hacer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="286" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="287" />
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="298" />
            <location filename="../../ui/pages/settings_page.py" line="300" />
            <source>Add to the family</source>
            <translation>Añadir a la familia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="301" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="302" />
            <source>Cancel adding a family member</source>
            <translation>Cancelar y no añadir a nadie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="316" />
            <location filename="../../ui/pages/settings_page.py" line="321" />
            <source>Share this diary</source>
            <translation>Compartir este diario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="320" />
            <source>Share this diary…</source>
            <translation>Compartir este diario…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="331" />
            <source>This diary is shared on a server: the family writes in it from their own computers. Its backups are made on the server by whoever runs it; for a copy on this computer, keep an offline copy.</source>
            <translation>Este diario está compartido en un servidor: la familia escribe en él desde sus propios ordenadores. Quien gestiona el servidor hace sus copias de seguridad; para tener una copia en este ordenador, guarda una copia sin conexión.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="336" />
            <source>For a family in different homes: one diary on a server, for everyone.</source>
            <translation>Para una familia en casas distintas: un diario en un servidor, para todos.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="342" />
            <source>The shared diary is backed up on its server. Here you can save a copy of the record to keep elsewhere.</source>
            <translation>El diario compartido tiene sus copias de seguridad en su servidor. Aquí puedes guardar una copia del registro en otro sitio.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="353" />
            <source>Your diary's safety</source>
            <translation>La seguridad de tu diario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="347" />
            <location filename="../../ui/pages/settings_page.py" line="356" />
            <source>Kindred keeps backups by itself. Here you can make one now, put an earlier one back, or save a copy of the record to keep elsewhere.</source>
            <translation>Kindred hace copias de seguridad solo. Aquí puedes hacer una ahora, recuperar una anterior o guardar una copia del registro en otro sitio.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="363" />
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="364" />
            <source>Backups and restore…</source>
            <translation>Copias y restaurar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="365" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="366" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="367" />
            <source>Delete everything…</source>
            <translation>Borrarlo todo…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="377" />
            <source>Make a backup copy of the diary now.</source>
            <translation>Hacer ahora una copia de seguridad del diario.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="380" />
            <source>See the backups and put an earlier one back.</source>
            <translation>Ver las copias y recuperar una anterior.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="383" />
            <source>Save the whole record, or the diary as a spreadsheet, to a file.</source>
            <translation>Guardar todo el registro, o el diario como hoja de cálculo, en un archivo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="386" />
            <source>Add the entries from a Kindred export.</source>
            <translation>Añadir las entradas de una exportación de Kindred.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="389" />
            <source>For a family that has stopped using Kindred. Asks twice first.</source>
            <translation>Para una familia que ya no usa Kindred. Antes pregunta dos veces.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="395" />
            <source>Backup message</source>
            <translation>Mensaje de la copia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="402" />
            <source>Change folder…</source>
            <translation>Cambiar carpeta…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="403" />
            <source>Change the backup folder</source>
            <translation>Cambiar la carpeta de copias</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="405" />
            <source>Choose where Kindred keeps its backups, for example an external drive.</source>
            <translation>Elige dónde guarda Kindred sus copias, por ejemplo un disco externo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="413" />
            <location filename="../../ui/pages/settings_page.py" line="562" />
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de acceso…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="414" />
            <source>New recovery code…</source>
            <translation>Nuevo código de recuperación…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="415" />
            <source>New recovery code</source>
            <translation>Nuevo código de recuperación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="417" />
            <source>Make a new recovery code to print; the old one stops working.</source>
            <translation>Crear un código de recuperación nuevo para imprimir; el anterior deja de funcionar.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="423" />
            <source>If your family has stopped using Kindred:</source>
            <translation>Si tu familia ya no usa Kindred:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="497" />
            <source>{value} percent. From 100 to 200 percent.</source>
            <translation>{value} por ciento. De 100 a 200 por ciento.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="537" />
            <source>A backup was made just now. It is in “Backups and restore…”.</source>
            <translation>Se acaba de hacer una copia. Está en «Copias y restaurar…».</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="544" />
            <source>{problem} Your diary itself is fine. Kindred will also try again by itself later.</source>
            <translation>{problem} Tu diario está bien. Kindred también lo intentará de nuevo más tarde.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="554" />
            <source>Backups are kept in: {folder}</source>
            <translation>Las copias se guardan en: {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="563" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de acceso</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="565" />
            <source>Choose a new passphrase for opening the diary.</source>
            <translation>Elige una frase de acceso nueva para abrir el diario.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="568" />
            <source>Add a passphrase…</source>
            <translation>Añadir una frase de acceso…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="569" />
            <source>Add a passphrase</source>
            <translation>Añadir una frase de acceso</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="571" />
            <source>Also ask for a passphrase when Kindred opens.</source>
            <translation>Pedir también una frase de acceso al abrir Kindred.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="635" />
            <source>{name} was added to the family.</source>
            <translation>{name} se ha añadido a la familia.</translation>
        </message>
    </context>
    <context>
        <name>SharedStatus</name>
        <message>
            <location filename="../../ui/widgets/shared_status.py" line="14" />
            <source>Shared diary · live</source>
            <translation>Diario compartido · conectado</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shared_status.py" line="15" />
            <source>Shared diary · offline — your words are kept; save again when it is back</source>
            <translation>Diario compartido · sin conexión: tus palabras se conservan; guarda otra vez cuando vuelva</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shared_status.py" line="24" />
            <source>Shared diary</source>
            <translation>Diario compartido</translation>
        </message>
    </context>
    <context>
        <name>TagEdit</name>
        <message>
            <location filename="../../ui/widgets/tag_edit.py" line="14" />
            <source>e.g. night, voices, hospital</source>
            <translation>p. ej.: noche, voces, hospital</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/pages/today.py" line="54" />
            <source>What happened? A few words are enough.</source>
            <translation>¿Qué ha pasado? Con unas palabras basta.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="55" />
            <source>No entries yet — what happened today?</source>
            <translation>Aún no hay entradas. ¿Qué ha pasado hoy?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="56" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="117" />
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="119" />
            <source>Write a few words. Enter saves; Shift and Enter starts a new line.</source>
            <translation>Escribe unas palabras. Intro guarda; Mayús e Intro empieza una línea nueva.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="122" />
            <source>What happened?</source>
            <translation>¿Qué ha pasado?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="125" />
            <source>Press Enter to save. Shift + Enter starts a new line.</source>
            <translation>Pulsa Intro para guardar. Mayús + Intro empieza una línea nueva.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="136" />
            <location filename="../../ui/pages/today.py" line="137" />
            <source>Kind of entry</source>
            <translation>Tipo de entrada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="149" />
            <source>More details…</source>
            <translation>Más detalles…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="150" />
            <source>More details</source>
            <translation>Más detalles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="152" />
            <source>Open the full entry form: time, sleep, tags, a distress episode, privacy.</source>
            <translation>Abrir el formulario completo: hora, sueño, etiquetas, un episodio de angustia, privacidad.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="154" />
            <location filename="../../ui/pages/today.py" line="296" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="156" />
            <source>Save entry</source>
            <translation>Guardar la entrada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="159" />
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="195" />
            <source>Today so far</source>
            <translation>Hoy hasta ahora</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="296" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="320" />
            <source>How is {person} today?</source>
            <translation>¿Cómo está {person} hoy?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="324" />
            <source>{today}. You are writing as {name}.</source>
            <translation>{today}. Escribes como {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="331" />
            <source>{today}. You are signed in as {name}, who can read the diary but not write in it.</source>
            <translation>{today}. Has entrado como {name}, que puede leer el diario pero no escribir en él.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/today.py" line="365" />
            <source>And %n more earlier today — you can see them all in the Diary.</source>
            <translation>
                <numerusform>Y %n entrada más de hoy: puedes verlas todas en el Diario.</numerusform>
                <numerusform>Y %n entradas más de hoy: puedes verlas todas en el Diario.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/today.py" line="380" />
            <source>Today's entries could not be shown just now. They are still saved.</source>
            <translation>Ahora mismo no se pueden mostrar las entradas de hoy. Siguen guardadas.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../ui/demo_mode.py" line="123" />
            <source>Preparing the demo family…</source>
            <translation>Preparando la familia de demostración…</translation>
        </message>
        <message>
            <location filename="../../ui/demo_mode.py" line="136" />
            <source>Kindred — demo</source>
            <translation>Kindred — demo</translation>
        </message>
    </context>
    <context>
        <name>diary_model</name>
        <message>
            <location filename="../../ui/models/diary_model.py" line="205" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="207" />
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="216" />
            <source>{kind} at {time} by {name}</source>
            <translation>{kind} a las {time}, de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="223" />
            <source>mood {value} of 10</source>
            <translation>ánimo {value} de 10</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="229" />
            <source>distress {value} of 10</source>
            <translation>angustia {value} de 10</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="234" />
            <source>flagged for the next appointment</source>
            <translation>marcada para la próxima cita</translation>
        </message>
        <message>
            <location filename="../../ui/models/diary_model.py" line="236" />
            <source>private</source>
            <translation>privada</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="14" />
            <source>Something went wrong and it was not saved. Your text is still here. Please try again; if it keeps happening, close Kindred and open it again.</source>
            <translation>Algo ha fallado y no se ha guardado. Tu texto sigue aquí. Vuelve a intentarlo; si sigue pasando, cierra Kindred y ábrelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="19" />
            <source>Kindred couldn't write to the disk (it may be full). Nothing was lost: your text is still here. Please free some space and try again.</source>
            <translation>Kindred no ha podido escribir en el disco (puede que esté lleno). No se ha perdido nada: tu texto sigue aquí. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="25" />
            <source>Something went wrong while opening the diary. Your diary was not changed.</source>
            <translation>Algo ha fallado al abrir el diario. Tu diario no ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="28" />
            <source>Kindred couldn't read the diary's files on this computer. Your diary was not changed. If the diary is on a USB stick or a network folder, check that it is connected.</source>
            <translation>Kindred no ha podido leer los archivos del diario en este ordenador. Tu diario no ha cambiado. Si el diario está en una memoria USB o una carpeta de red, comprueba que esté conectada.</translation>
        </message>
    </context>
    <context>
        <name>medicine_model</name>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="49" />
            <source>started {day}</source>
            <translation>empezó el {day}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="54" />
            <source>Paused since {day} · {started}</source>
            <translation>En pausa desde el {day} · {started}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="58" />
            <source>Stopped on {day} · {started}</source>
            <translation>Dejado el {day} · {started}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="61" />
            <source>Taking · {started}</source>
            <translation>En uso · {started}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="75" />
            <source>For {purpose}</source>
            <translation>Para {purpose}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="81" />
            <source>Prescribed by {name}</source>
            <translation>Recetado por {name}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="85" />
            <source>No details written yet.</source>
            <translation>Aún no hay detalles escritos.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="131" />
            <source>Started at {strength}.</source>
            <translation>Empezó con {strength}.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="135" />
            <source>Started.</source>
            <translation>Empezó.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="144" />
            <source>Dose changed from {was} to {now}.</source>
            <translation>Dosis cambiada de {was} a {now}.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="150" />
            <source>Dose changed to {now}.</source>
            <translation>Dosis cambiada a {now}.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="156" />
            <source>Now taken: {how}</source>
            <translation>Ahora se toma: {how}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="160" />
            <source>Dose changed.</source>
            <translation>Dosis cambiada.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="163" />
            <source>Restarted at {strength}.</source>
            <translation>Volvió a empezar con {strength}.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="167" />
            <source>Restarted.</source>
            <translation>Volvió a empezar.</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="174" />
            <source>Why: {reason}</source>
            <translation>Por qué: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="180" />
            <source>Decided by {who}</source>
            <translation>Lo decidió: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="186" />
            <source>Side effects noticed: {effects}</source>
            <translation>Efectos secundarios notados: {effects}</translation>
        </message>
        <message>
            <location filename="../../ui/models/medicine_model.py" line="191" />
            <source>Written down by {name}.</source>
            <translation>Anotado por {name}.</translation>
        </message>
    </context>
    <context>
        <name>pdf_preview</name>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="51" />
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="53" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="63" />
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="170" />
            <source>It could not be made just now. Please try again; if it keeps happening, close Kindred and open it again. Nothing in the diary has changed.</source>
            <translation>Ahora mismo no se ha podido crear. Vuelve a intentarlo; si sigue pasando, cierra Kindred y ábrelo de nuevo. No ha cambiado nada en el diario.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="175" />
            <source>It could not be sent to the printer. Please check that the printer is on and try again, or save it as a PDF and print that.</source>
            <translation>No se ha podido enviar a la impresora. Comprueba que esté encendida y vuelve a intentarlo, o guárdalo como PDF e imprime eso.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_preview.py" line="197" />
            <source>Saved as {path}.</source>
            <translation>Guardado como {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/pdf_preview.py" line="220" />
            <source>Sent %n pages to the printer.</source>
            <translation>
                <numerusform>%n página enviada a la impresora.</numerusform>
                <numerusform>%n páginas enviadas a la impresora.</numerusform>
            </translation>
        </message>
    </context>
</TS>
