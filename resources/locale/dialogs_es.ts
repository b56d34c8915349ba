<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="51"/>
        <source>psychiatrist</source>
        <translation>psiquiatra</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="52"/>
        <source>GP</source>
        <translation>médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="53"/>
        <source>memory nurse</source>
        <translation>enfermera de memoria</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="54"/>
        <source>community mental health nurse</source>
        <translation>enfermera de salud mental</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="55"/>
        <source>psychologist</source>
        <translation>psicólogo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="56"/>
        <source>care coordinator</source>
        <translation>coordinador de cuidados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="57"/>
        <source>social worker</source>
        <translation>trabajador social</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="70"/>
        <source>Change the appointment</source>
        <translation>Cambiar la cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="70"/>
        <source>Add an appointment</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="71"/>
        <source>Save appointment</source>
        <translation>Guardar la cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="80"/>
        <source>d MMMM yyyy   HH:mm</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy   HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="81"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="83"/>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="83"/>
        <source>For example: Dr Patel</source>
        <translation>Por ejemplo: Dra. Patel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="86"/>
        <source>Psychiatrist, GP, memory nurse…</source>
        <translation>Psiquiatra, médico de cabecera, enfermera…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="87"/>
        <source>Their role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="89"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="89"/>
        <source>For example: Memory clinic, Northgate</source>
        <translation>Por ejemplo: Clínica de memoria, Centro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="93"/>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="94"/>
        <source>For example: medication review</source>
        <translation>Por ejemplo: revisar la medicación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="98"/>
        <source>Your main concerns now</source>
        <translation>Lo que más te preocupa ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="99"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="100"/>
        <source>This goes near the top of the report for the doctor.</source>
        <translation>Esto aparece al principio del informe para el médico.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="104"/>
        <source>What you need</source>
        <translation>Lo que necesitas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="105"/>
        <source>Help at home, a letter, someone to ring on a bad day…</source>
        <translation>Ayuda en casa, una carta, alguien a quien llamar en un mal día…</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="37"/>
        <source>Where should Kindred keep the backups?</source>
        <translation>¿Dónde guarda Kindred las copias de seguridad?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="48"/>
        <source>Not in the demo</source>
        <translation>En la demostración no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="49"/>
        <source>The demo keeps its backups in its own folder, which is deleted when it closes.</source>
        <translation>La demostración guarda sus copias en su propia carpeta, que se borra al cerrarla.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="64"/>
        <source>Backups stay where they were</source>
        <translation>Las copias siguen donde estaban</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_folder.py" line="73"/>
        <source>New backups will be kept in {folder}. The backups made before stay where they are, and are still listed in “Backups and restore…”.</source>
        <translation>Las nuevas copias se guardarán en {folder}. Las copias anteriores se quedan donde están y siguen en la lista de «Copias y restaurar…».</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="244"/>
        <source>Backups and restore</source>
        <translation>Copias y restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="251"/>
        <source>Backups of your diary</source>
        <translation>Copias de seguridad de tu diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="255"/>
        <source>Kindred keeps copies of your diary by itself. If something went wrong, you can put an earlier copy back.</source>
        <translation>Kindred guarda copias de tu diario por sí solo. Si algo salió mal, puedes volver a una copia anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="280"/>
        <source>Backups, newest first</source>
        <translation>Copias, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="282"/>
        <source>There are no backups yet. “Back up now” in Settings makes one.</source>
        <translation>Aún no hay copias. «Hacer copia ahora», en Ajustes, crea una.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="286"/>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="288"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="290"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="351"/>
        <source>This copy is damaged</source>
        <translation>Esta copia está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="353"/>
        <source>This copy could not be opened whole, so it can&apos;t be put back. Please choose another one from the list.</source>
        <translation>Esta copia no se pudo abrir entera, así que no se puede restaurar. Elige otra de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="360"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="361"/>
        <source>Put your diary back as it was on {when}?</source>
        <translation>¿Dejar tu diario como estaba el {when}?</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../ui/dialogs/card_window.py" line="27"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_window.py" line="28"/>
        <source>Close the card</source>
        <translation>Cerrar la tarjeta</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="337"/>
        <source>Record a change to {name}</source>
        <translation>Anotar un cambio en {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="344"/>
        <source>{medicine}: {status} now ({dose}).</source>
        <translation>{medicine}: ahora {status} ({dose}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="348"/>
        <source>{medicine}: {status} now.</source>
        <translation>{medicine}: ahora {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="358"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="359"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="362"/>
        <source>New strength</source>
        <translation>Nueva dosis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="363"/>
        <source>Now: {strength}</source>
        <translation>Ahora: {strength}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="367"/>
        <source>How it is taken now</source>
        <translation>Cómo se toma ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="368"/>
        <source>For example: one at night</source>
        <translation>Por ejemplo: una por la noche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="369"/>
        <source>Leave empty if this stays the same.</source>
        <translation>Déjalo vacío si no cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="371"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="371"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="373"/>
        <source>Who decided</source>
        <translation>Quién lo decidió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="373"/>
        <source>For example: Dr Patel</source>
        <translation>Por ejemplo: Dra. Patel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="377"/>
        <source>Side effects noticed</source>
        <translation>Efectos secundarios notados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="378"/>
        <source>Anything you noticed, if any</source>
        <translation>Lo que hayas notado, si hay algo</translation>
    </message>
</context>
<context>
    <name>ChangePassphrase</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="233"/>
        <source>Passphrase added</source>
        <translation>Frase clave añadida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="235"/>
        <source>Passphrase changed</source>
        <translation>Frase clave cambiada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="236"/>
        <source>Done. From now on Kindred asks for this passphrase when it opens. Your recovery code still works, and a backup was made first.</source>
        <translation>Listo. Desde ahora Kindred pedirá esta frase de acceso al abrirse. Tu código de recuperación sigue funcionando, y antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="242"/>
        <source>Done. Please use the new passphrase from now on: the old one no longer opens the diary. Your recovery code still works, and a backup was made first.</source>
        <translation>Listo. Usa la nueva frase de acceso desde ahora: la anterior ya no abre el diario. Tu código de recuperación sigue funcionando, y antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="353"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="354"/>
        <source>A new recovery code replaces the old one, which will stop working.

Please type your passphrase (or your recovery code now):</source>
        <translation>Un nuevo código de recuperación sustituye al anterior, que dejará de funcionar.

Escribe tu frase de acceso (o tu código de recuperación actual):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="375"/>
        <source>No new recovery code</source>
        <translation>No hay código nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="378"/>
        <source>Nothing was changed: the old code still works.</source>
        <translation>No se cambió nada: el código anterior sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="60"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="67"/>
        <source>Add a passphrase</source>
        <translation>Añadir una frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="60"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="122"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="200"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="67"/>
        <source>Change your passphrase</source>
        <translation>Cambia tu frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="72"/>
        <source>Kindred will also ask for this passphrase when it opens. The key saved on this computer and your recovery code keep working.</source>
        <translation>Kindred también pedirá esta frase de acceso al abrirse. La clave guardada en este ordenador y tu código de recuperación siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="77"/>
        <source>Your diary stays just as it is: only the lock on it changes. Kindred makes a backup first. Your recovery code keeps working.</source>
        <translation>Tu diario queda igual: solo cambia su cerradura. Kindred hace antes una copia de seguridad. Tu código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="84"/>
        <source>Your passphrase now, or your recovery code</source>
        <translation>Tu frase de acceso actual o tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="86"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="98"/>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="88"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="99"/>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la nueva frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="95"/>
        <source>Your passphrase now (or your recovery code)</source>
        <translation>Tu frase de acceso actual (o tu código de recuperación)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="100"/>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="101"/>
        <source>Show the passphrases as I type them</source>
        <translation>Mostrar las frases de acceso mientras las escribo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="105"/>
        <source>At least 8 characters. Kindred can&apos;t remind you of it, so choose one you will remember.</source>
        <translation>Al menos 8 caracteres. Kindred no te la puede recordar, así que elige una que no olvides.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="122"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="200"/>
        <source>Add the passphrase</source>
        <translation>Añadir la frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="163"/>
        <source>Please type your passphrase now (or your recovery code).</source>
        <translation>Escribe tu frase de acceso actual (o tu código de recuperación).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="169"/>
        <source>Please choose a new passphrase. A short sentence you will remember works well.</source>
        <translation>Elige una nueva frase de acceso. Una frase corta que recuerdes funciona bien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="181"/>
        <source>The two new passphrases are not the same. Please type it again.</source>
        <translation>Las dos frases de acceso nuevas no coinciden. Escríbela otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="198"/>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="214"/>
        <source>Nothing was changed: your passphrase is still the old one.</source>
        <translation>No se cambió nada: tu frase de acceso sigue siendo la anterior.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="66"/>
        <source>Someone else changed this entry</source>
        <translation>Otra persona cambió esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="69"/>
        <source>dd MMM HH:mm</source>
        <translation>dd MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="72"/>
        <source>While you were writing, someone else saved a change to this entry. Nothing has been lost: both versions are below. Choose what to keep.</source>
        <translation>Mientras escribías, otra persona guardó un cambio en esta entrada. No se ha perdido nada: abajo están las dos versiones. Elige qué guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="79"/>
        <source>The version saved at {when}</source>
        <translation>La versión guardada el {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="81"/>
        <location filename="../../ui/dialogs/conflict.py" line="83"/>
        <source>Your version</source>
        <translation>Tu versión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="82"/>
        <source>The version already saved</source>
        <translation>La versión ya guardada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="84"/>
        <source>Keep theirs</source>
        <translation>Mantener la suya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="85"/>
        <source>Keep mine</source>
        <translation>Mantener la mía</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="86"/>
        <source>Keep both</source>
        <translation>Mantener las dos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="88"/>
        <source>Keep theirs as it is and save yours as a new entry</source>
        <translation>Deja la suya como está y guarda la tuya como una entrada nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="90"/>
        <source>Keep the version already saved</source>
        <translation>Mantener la versión ya guardada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="91"/>
        <source>Keep my version</source>
        <translation>Mantener mi versión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="92"/>
        <source>Keep both versions</source>
        <translation>Mantener las dos versiones</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="65"/>
        <source>Saved. Please read the note above before you close this window.</source>
        <translation>Guardado. Lee la nota de arriba antes de cerrar esta ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="102"/>
        <source>Edit entry</source>
        <translation>Editar la entrada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="102"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="129"/>
        <source>d MMM yyyy  HH:mm</source>
        <translation>d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="134"/>
        <source>What happened? Write it in your own words.</source>
        <translation>¿Qué pasó? Escríbelo con tus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="141"/>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="142"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="145"/>
        <source>Bring this up at the next appointment</source>
        <translation>Comentarlo en la próxima cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="146"/>
        <source>Private: only I can see this entry</source>
        <translation>Privada: solo yo puedo ver esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="152"/>
        <source>About this distress episode</source>
        <translation>Sobre este momento de angustia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="155"/>
        <source>What happened just before?</source>
        <translation>¿Qué pasó justo antes?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="156"/>
        <source>What did they say or do?</source>
        <translation>¿Qué dijo o hizo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="157"/>
        <source>What did we try?</source>
        <translation>¿Qué probamos?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="158"/>
        <source>What helped, even a little?</source>
        <translation>¿Qué ayudó, aunque fuera un poco?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="159"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="160"/>
        <source>What they did</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="161"/>
        <source>What we tried</source>
        <translation>Qué probamos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="162"/>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="168"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="180"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="181"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="188"/>
        <location filename="../../ui/dialogs/entry_editor.py" line="216"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="191"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="192"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="193"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="214"/>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="215"/>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="217"/>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="218"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="219"/>
        <source>Flag for the next appointment</source>
        <translation>Marcar para la próxima cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="220"/>
        <source>Private entry</source>
        <translation>Entrada privada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="234"/>
        <source>Yes, carry on with them</source>
        <translation>Sí, seguir con ellas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="236"/>
        <source>No, start afresh</source>
        <translation>No, empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="238"/>
        <source>No, start afresh: the unsaved words are let go</source>
        <translation>No, empezar de nuevo: las palabras sin guardar se descartan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="448"/>
        <source>You have unsaved words from {when}. Carry on with them?</source>
        <translation>Tienes palabras sin guardar de {when}. ¿Quieres seguir con ellas?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="463"/>
        <source>Sorry: those unsaved words could not be read back.</source>
        <translation>Lo sentimos: no se pudieron recuperar esas palabras sin guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="507"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="508"/>
        <source>Close: the entry is saved</source>
        <translation>Cerrar: la entrada está guardada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="547"/>
        <source>The shared diary can&apos;t be reached just now. Your words are kept on this computer, and Kindred will save them as soon as the server is back.</source>
        <translation>Ahora mismo no se puede llegar al diario compartido. Tus palabras se guardan en este equipo, y Kindred las guardará en cuanto el servidor vuelva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="585"/>
        <source>Nothing was saved yet. Your text is still here, and it is also kept in the entry&apos;s history.</source>
        <translation>Todavía no se guardó nada. Tu texto sigue aquí y también queda en el historial de la entrada.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="121"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="127"/>
        <source>What would you like to export?</source>
        <translation>¿Qué quieres exportar?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="129"/>
        <source>The whole record (JSON)</source>
        <translation>Todo el registro (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="132"/>
        <source>Everything: the diary with its history, the family and the profile. Kindred can import it again.</source>
        <translation>Todo: el diario con su historial, la familia y el perfil. Kindred puede volver a importarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="137"/>
        <source>The diary as a spreadsheet (CSV)</source>
        <translation>El diario como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="138"/>
        <source>For Excel, LibreOffice or Numbers.</source>
        <translation>Para Excel, LibreOffice o Numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="142"/>
        <source>Lock it with a passphrase</source>
        <translation>Protegerlo con una frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="145"/>
        <source>Passphrase for the export</source>
        <translation>Frase clave de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="148"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de acceso otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="153"/>
        <source>Passphrase</source>
        <translation>Frase clave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="154"/>
        <source>Once more</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="163"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="165"/>
        <source>Choose where to save the export</source>
        <translation>Elige dónde guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="166"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="197"/>
        <source>A spreadsheet is plain text: anyone who opens the file can read it. Private entries of other family members are left out.</source>
        <translation>Una hoja de cálculo es texto normal: cualquiera que abra el archivo puede leerlo. Las entradas privadas de otros familiares no se incluyen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="204"/>
        <source>Please write the passphrase down somewhere safe: without it, nobody can open the file — not even Kindred.</source>
        <translation>Anota la frase de acceso en un lugar seguro: sin ella nadie puede abrir el archivo, ni siquiera Kindred.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="211"/>
        <source>Without a passphrase, anyone who opens the file can read it. Keep it somewhere private.</source>
        <translation>Sin frase de acceso, cualquiera que abra el archivo puede leerlo. Guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="230"/>
        <source>Please use at least {count} characters for the passphrase. A short sentence you will remember works well.</source>
        <translation>Usa al menos {count} caracteres para la frase de acceso. Una frase corta que recuerdes funciona bien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="238"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases de acceso no coinciden. Escríbelas otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="252"/>
        <source>Kindred record {date}.json</source>
        <translation>Registro Kindred {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="254"/>
        <source>Kindred diary {date}.csv</source>
        <translation>Diario Kindred {date}.csv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="287"/>
        <source>Kindred couldn&apos;t save the file there (the disk may be full, or the folder may be read-only). Please try another place.</source>
        <translation>Kindred no pudo guardar el archivo ahí (puede que el disco esté lleno o que la carpeta sea de solo lectura). Prueba en otro lugar.</translation>
    </message>
</context>
<context>
    <name>FirstConfirmation</name>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="44"/>
        <source>Delete everything?</source>
        <translation>¿Borrarlo todo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="46"/>
        <source>Delete the diary and everything Kindred keeps on this computer?</source>
        <translation>¿Borrar el diario y todo lo que Kindred guarda en este equipo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="49"/>
        <source>This is for a family that has stopped using Kindred. It deletes the diary, unsaved drafts, the settings and the key saved on this computer. It can&apos;t be undone.

If you may want the diary again one day, choose “Keep my diary” and use “Export…” first to save a copy somewhere safe.</source>
        <translation>Esto es para una familia que ha dejado de usar Kindred. Borra el diario, los borradores sin guardar, los ajustes y la clave guardada en este equipo. No se puede deshacer.

Si algún día podrías querer el diario, elige «Conservar mi diario» y usa antes «Exportar…» para guardar una copia en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="56"/>
        <source>Also delete the backups</source>
        <translation>Borrar también las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="59"/>
        <source>Keep my diary</source>
        <translation>Conservar mi diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="60"/>
        <source>Go on…</source>
        <translation>Continuar…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="733"/>
        <source>Welcome to Kindred</source>
        <translation>Te damos la bienvenida a Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="762"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="763"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="765"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="765"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="767"/>
        <location filename="../../ui/dialogs/first_run.py" line="768"/>
        <source>Create my diary</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="771"/>
        <location filename="../../ui/dialogs/first_run.py" line="772"/>
        <source>Start using Kindred</source>
        <translation>Empezar a usar Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="774"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="774"/>
        <source>Stop setting up</source>
        <translation>Dejar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="858"/>
        <source>Kindred couldn&apos;t save the diary in {folder}. Please check there is free space on this computer, then try again.</source>
        <translation>Kindred no pudo guardar el diario en {folder}. Comprueba que haya espacio libre en este equipo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="914"/>
        <source>Stop setting up Kindred?</source>
        <translation>¿Dejar de configurar Kindred?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="915"/>
        <source>Nothing has been saved yet. You can start again whenever you like.</source>
        <translation>Todavía no se ha guardado nada. Puedes empezar de nuevo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="916"/>
        <source>Stop</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="917"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="122"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="145"/>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Historial de esta entrada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="77"/>
        <source>Every version is kept. Choose one to read it.</source>
        <translation>Se guarda cada versión. Elige una para leerla.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="80"/>
        <source>Changes, oldest first</source>
        <translation>Cambios, el más antiguo primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="84"/>
        <source>The entry as it was</source>
        <translation>La entrada como estaba</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="44"/>
        <source>tablet</source>
        <translation>comprimido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="45"/>
        <source>capsule</source>
        <translation>cápsula</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="46"/>
        <source>liquid</source>
        <translation>líquido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="47"/>
        <source>patch</source>
        <translation>parche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="48"/>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="49"/>
        <source>inhaler</source>
        <translation>inhalador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="50"/>
        <source>drops</source>
        <translation>gotas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="51"/>
        <source>cream</source>
        <translation>crema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="243"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="245"/>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="245"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="250"/>
        <source>Name of the medicine</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="250"/>
        <source>For example: Donepezil</source>
        <translation>Por ejemplo: Donepezilo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="252"/>
        <source>Strength</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="252"/>
        <source>For example: 5 mg</source>
        <translation>Por ejemplo: 5 mg</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="254"/>
        <source>Tablet, liquid, patch…</source>
        <translation>Comprimido, líquido, parche…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="255"/>
        <source>Kind (tablet, liquid…)</source>
        <translation>Forma (comprimido, líquido…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="258"/>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="259"/>
        <source>For example: one in the morning with breakfast</source>
        <translation>Por ejemplo: uno por la mañana con el desayuno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="262"/>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="262"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="265"/>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="265"/>
        <source>For example: Dr Patel</source>
        <translation>Por ejemplo: Dra. Patel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="267"/>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="270"/>
        <source>Why it was started (if you know)</source>
        <translation>Por qué se empezó (si lo sabes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="271"/>
        <source>A few words are enough</source>
        <translation>Bastan unas palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="275"/>
        <source>Who decided</source>
        <translation>Quién lo decidió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="276"/>
        <source>Leave empty if it was the prescriber</source>
        <translation>Déjalo vacío si fue quien lo recetó</translation>
    </message>
</context>
<context>
    <name>PocketCardsDialog</name>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="41"/>
        <source>Please tick at least one card to print.</source>
        <translation>Marca al menos una tarjeta para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="42"/>
        <source>Kindred pocket cards.pdf</source>
        <translation>Tarjetas de bolsillo Kindred.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="77"/>
        <source>Print pocket cards</source>
        <translation>Imprimir tarjetas de bolsillo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="86"/>
        <source>Tick the cards you want. Each card is printed in a box to cut out, for a bag, a wallet or the fridge door.</source>
        <translation>Marca las tarjetas que quieras. Cada una se imprime en un recuadro para recortar y llevar en el bolso, la cartera o la puerta de la nevera.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="93"/>
        <source>Cards to print</source>
        <translation>Tarjetas para imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="99"/>
        <source>Tick all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="100"/>
        <source>Untick all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="105"/>
        <source>2 cards a page (largest print)</source>
        <translation>2 tarjetas por página (letra más grande)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="106"/>
        <source>4 cards a page (pocket size)</source>
        <translation>4 tarjetas por página (tamaño bolsillo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="115"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/pocket_cards.py" line="180"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/pocket_cards.py" line="181"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="182"/>
        <source>{cards} ticked: {pages}.</source>
        <translation>{cards} marcadas: {pages}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="184"/>
        <source>No cards ticked yet.</source>
        <translation>Aún no hay tarjetas marcadas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="219"/>
        <source>The PDF could not be saved there. Please choose another folder, or check that the disk is not full.</source>
        <translation>No se pudo guardar el PDF ahí. Elige otra carpeta o comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="225"/>
        <source>The pocket cards could not be made. Please try again.</source>
        <translation>No se pudieron hacer las tarjetas de bolsillo. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="37"/>
        <source>→ next   ← back   Esc leave</source>
        <translation>→ siguiente   ← anterior   Esc salir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="107"/>
        <source>Kindred: guidance cards</source>
        <translation>Kindred: tarjetas de orientación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="140"/>
        <source>← Back</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="141"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="142"/>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="169"/>
        <source>{number} of {total}</source>
        <translation>{number} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="196"/>
        <source>{title}, card {position}</source>
        <translation>{title}, tarjeta {position}</translation>
    </message>
</context>
<context>
    <name>ProfileSheetDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="31"/>
        <source>Changes you have not saved yet are not on this page. Save them first to include them.</source>
        <translation>Los cambios que aún no guardaste no están en esta página. Guárdalos primero para incluirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="51"/>
        <source>The About me page</source>
        <translation>La página «Sobre mí»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="58"/>
        <source>Shorten our names to initials</source>
        <translation>Acortar nuestros nombres a iniciales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="60"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="63"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="64"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="69"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="82"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="85"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="87"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="157"/>
        <source>About me {date}.pdf</source>
        <translation>Sobre mí {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_sheet.py" line="162"/>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="26"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="27"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="28"/>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="29"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="31"/>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="32"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="34"/>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="35"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="36"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="37"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="38"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="39"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="40"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="41"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="42"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/_i18n.py" line="43"/>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="258"/>
        <location filename="../../ui/dialogs/change_passphrase.py" line="259"/>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="263"/>
        <source>If you ever forget your passphrase, or Kindred moves to a new computer, this code opens your diary. The old code no longer works. Please print it or write it down now: Kindred cannot show it again.</source>
        <translation>Si alguna vez olvidas tu frase de acceso, o Kindred pasa a un equipo nuevo, este código abre tu diario. El código anterior ya no funciona. Imprímelo o anótalo ahora: Kindred no puede volver a mostrarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="279"/>
        <source>Recovery code: {code}</source>
        <translation>Código de recuperación: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="284"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="285"/>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="286"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="287"/>
        <source>Save the recovery code as a PDF</source>
        <translation>Guardar el código de recuperación como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="292"/>
        <source>I have kept it safe</source>
        <translation>Ya lo he guardado en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="320"/>
        <source>The recovery code was sent to the printer.</source>
        <translation>El código de recuperación se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="322"/>
        <source>The page couldn&apos;t be printed. Please check the printer.</source>
        <translation>No se pudo imprimir la página. Revisa la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="325"/>
        <source>Kindred recovery code.pdf</source>
        <translation>Código de recuperación Kindred.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="333"/>
        <source>Kindred couldn&apos;t save the PDF in {folder}. Please choose another place.</source>
        <translation>Kindred no pudo guardar el PDF en {folder}. Elige otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/change_passphrase.py" line="339"/>
        <source>Saved as {path}. Please print it or copy it somewhere safe, not only on this computer.</source>
        <translation>Guardado como {path}. Imprímelo o cópialo en un lugar seguro, no solo en este equipo.</translation>
    </message>
</context>
<context>
    <name>ServerOfflineDialog</name>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="169"/>
        <source>The shared diary – Kindred</source>
        <translation>El diario compartido – Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="172"/>
        <source>Kindred can&apos;t reach the shared diary</source>
        <translation>Kindred no puede conectar con el diario compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="179"/>
        <source>Something to write down now? Write it here. It is kept, encrypted, on this computer, and offered to you in a new entry as soon as the diary opens.</source>
        <translation>¿Quieres anotar algo ahora? Escríbelo aquí. Se guarda, cifrado, en este equipo, y te lo ofrecemos en una entrada nueva en cuanto se abra el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="186"/>
        <source>Words to save later</source>
        <translation>Palabras para guardar después</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="188"/>
        <location filename="../../ui/dialogs/shared_open.py" line="256"/>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="190"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="191"/>
        <source>Close, keeping what I wrote</source>
        <translation>Cerrar y conservar lo que escribí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="234"/>
        <source>Sorry: these words could not be kept. Please copy them somewhere.</source>
        <translation>Lo sentimos: no se pudieron conservar estas palabras. Cópialas en algún sitio.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="243"/>
        <source>Trying…</source>
        <translation>Intentando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="257"/>
        <source>What you wrote is kept.</source>
        <translation>Lo que escribiste está guardado.</translation>
    </message>
</context>
<context>
    <name>ShareDiaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="87"/>
        <source>Share this diary – Kindred</source>
        <translation>Compartir este diario – Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="97"/>
        <location filename="../../ui/dialogs/share_diary.py" line="207"/>
        <source>Share this diary</source>
        <translation>Compartir este diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="103"/>
        <source>for example: db.example.org</source>
        <translation>por ejemplo: db.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="108"/>
        <source>for example: kindred</source>
        <translation>por ejemplo: kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="110"/>
        <source>your own sign-in, from whoever runs the server</source>
        <translation>tu propio usuario, de quien gestiona el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="113"/>
        <source>Remember the password on this computer</source>
        <translation>Recordar la contraseña en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="116"/>
        <source>Kept in this computer&apos;s password store, never in a file.</source>
        <translation>Se guarda en el almacén de contraseñas de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="119"/>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>Comprobar el certificado del servidor (recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="127"/>
        <source>from your care organisation, or: system</source>
        <translation>de tu organización de cuidados, o: system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="128"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="129"/>
        <source>Choose the certificate file</source>
        <translation>Elegir el archivo del certificado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="138"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="139"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="140"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="141"/>
        <source>Your sign-in</source>
        <translation>Tu usuario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="142"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="150"/>
        <location filename="../../ui/dialogs/share_diary.py" line="151"/>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="154"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="155"/>
        <source>Use the shared diary</source>
        <translation>Usar el diario compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="157"/>
        <source>For joining a shared diary that is already on the server.</source>
        <translation>Para unirte a un diario compartido que ya está en el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="159"/>
        <source>Move my diary to the shared server…</source>
        <translation>Pasar mi diario al servidor compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="161"/>
        <source>Keep an offline copy</source>
        <translation>Guardar una copia sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="162"/>
        <source>Stop using the shared diary…</source>
        <translation>Dejar de usar el diario compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="163"/>
        <source>Stop</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="164"/>
        <source>Stop the copy</source>
        <translation>Detener la copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="166"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="183"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="236"/>
        <source>This diary is shared: it is kept on the server {host}, and everyone in the family writes in it from their own computer. Its backups are made on the server, by whoever runs it. For a copy on this computer, keep an offline copy.</source>
        <translation>Este diario es compartido: está en el servidor {host}, y cada persona de la familia escribe en él desde su propio equipo. Las copias de seguridad se hacen en el servidor, a cargo de quien lo gestiona. Para tener una copia en este equipo, guarda una copia sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="245"/>
        <source>Keep one diary on a server that the family (or your care organisation) runs, so everyone can write in it from their own computer. Whoever runs the server gives you these details and your own sign-in.</source>
        <translation>Ten un solo diario en un servidor que gestiona la familia (o tu organización de cuidados), para que cada persona escriba en él desde su propio equipo. Quien gestiona el servidor te da estos datos y tu propio usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="281"/>
        <source>Without this check, Kindred can&apos;t tell the real server from an impostor on the network, who could read and change the diary. Turn it off only for a test server.</source>
        <translation>Sin esta comprobación, Kindred no puede distinguir el servidor real de uno falso en la red, que podría leer y cambiar el diario. Desactívala solo para un servidor de pruebas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="292"/>
        <source>The server&apos;s certificate file</source>
        <translation>El archivo del certificado del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="294"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="374"/>
        <source>Trying the server…</source>
        <translation>Probando el servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="380"/>
        <source>Kindred reached the server, and you are a member of “{circle}”.</source>
        <translation>Kindred conectó con el servidor y eres miembro de «{circle}».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="385"/>
        <source>Kindred reached the server.</source>
        <translation>Kindred conectó con el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="388"/>
        <source>Opening the shared diary…</source>
        <translation>Abriendo el diario compartido…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="405"/>
        <source>Kindred will ask for the password each time it opens.</source>
        <translation>Kindred pedirá la contraseña cada vez que se abra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="407"/>
        <source>This computer now uses the shared diary.</source>
        <translation>Este equipo usa ahora el diario compartido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="416"/>
        <source>Move my diary to the shared server</source>
        <translation>Pasar mi diario al servidor compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="418"/>
        <source>Kindred will first make a backup of the diary on this computer and check it, then copy everything to the shared server and count that every entry arrived. If anything goes wrong, the server is left as it was.

The diary on this computer is not changed. From then on, this computer uses the shared diary.</source>
        <translation>Kindred hará primero una copia de seguridad del diario de este equipo y la comprobará; después copiará todo al servidor compartido y contará que haya llegado cada entrada. Si algo sale mal, el servidor queda como estaba.

El diario de este equipo no cambia. A partir de entonces, este equipo usa el diario compartido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="444"/>
        <source>Backing up this computer&apos;s diary, then copying it to the server…</source>
        <translation>Haciendo una copia del diario de este equipo y copiándolo después al servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="452"/>
        <source>Stopping… nothing will be changed.</source>
        <translation>Deteniendo… no se cambiará nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="458"/>
        <source>Your diary is on the shared server now, and every entry was counted on arrival. This computer uses the shared diary from now on. The diary that was on this computer is still there, unchanged, with a checked backup.</source>
        <translation>Tu diario está ya en el servidor compartido, y se contó cada entrada al llegar. Desde ahora este equipo usa el diario compartido. El diario que había en este equipo sigue ahí, sin cambios, con una copia de seguridad comprobada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="471"/>
        <source>Copying the shared diary to this computer…</source>
        <translation>Copiando el diario compartido a este equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="486"/>
        <source>{summary}

The offline copy is in {folder}. It is encrypted; its recovery code, shown only this once, is:

{code}

Please write it down and keep it somewhere safe.</source>
        <translation>{summary}

La copia sin conexión está en {folder}. Está cifrada; su código de recuperación, que solo se muestra esta vez, es:

{code}

Anótalo y guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="497"/>
        <location filename="../../ui/dialogs/share_diary.py" line="525"/>
        <source>Stop using the shared diary</source>
        <translation>Dejar de usar el diario compartido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="499"/>
        <source>This computer goes back to its own diary, as it was before it used the shared one. The shared diary stays on the server, unchanged, for the rest of the family.

What was written in the shared diary since then is not in this computer&apos;s own diary. Kindred will first keep an offline copy of the shared diary on this computer, so nothing is lost.</source>
        <translation>Este equipo vuelve a su propio diario, tal como estaba antes de usar el compartido. El diario compartido se queda en el servidor, sin cambios, para el resto de la familia.

Lo escrito en el diario compartido desde entonces no está en el diario propio de este equipo. Kindred guardará primero una copia sin conexión del diario compartido en este equipo, para que no se pierda nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="510"/>
        <source>Keeping an offline copy first…</source>
        <translation>Guardando primero una copia sin conexión…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="527"/>
        <source>Kindred can&apos;t reach the server to keep an offline copy first. Stop using the shared diary anyway? This computer&apos;s own diary opens as it was; the shared diary stays on the server, and you can connect again later.</source>
        <translation>Kindred no puede conectar con el servidor para guardar antes una copia sin conexión. ¿Dejar de usar el diario compartido de todos modos? El diario propio de este equipo se abre como estaba; el diario compartido se queda en el servidor y puedes volver a conectarte más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/share_diary.py" line="550"/>
        <source>This computer uses its own diary again.</source>
        <translation>Este equipo vuelve a usar su propio diario.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="289"/>
        <source>Open your diary – Kindred</source>
        <translation>Abrir tu diario – Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="290"/>
        <location filename="../../ui/dialogs/unlock.py" line="292"/>
        <source>Open your diary</source>
        <translation>Abrir tu diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="298"/>
        <source>Please type your passphrase to open the diary.</source>
        <translation>Escribe tu frase de acceso para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="299"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="300"/>
        <source>Close without opening the diary</source>
        <translation>Cerrar sin abrir el diario</translation>
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
        <translation>Usar mi código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="104"/>
        <source>Your &amp;passphrase</source>
        <translation>Tu &amp;frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="107"/>
        <source>Your passphrase</source>
        <translation>Tu frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="109"/>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="110"/>
        <source>Show the passphrase as I type it</source>
        <translation>Mostrar la frase de acceso mientras la escribo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="112"/>
        <source>Your &amp;recovery code</source>
        <translation>Tu código de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="114"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="115"/>
        <source>24 letters and numbers, as printed</source>
        <translation>24 letras y números, como en el papel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="118"/>
        <location filename="../../ui/dialogs/unlock.py" line="255"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="120"/>
        <source>Unlock the diary</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="199"/>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="204"/>
        <source>Please type your recovery code to open the diary.</source>
        <translation>Escribe tu código de recuperación para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="224"/>
        <source>Please type your recovery code first.</source>
        <translation>Escribe primero tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="226"/>
        <source>Please type your passphrase first.</source>
        <translation>Escribe primero tu frase de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="255"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="219"/>
        <source>After the visit</source>
        <translation>Después de la visita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="219"/>
        <source>Save to the diary</source>
        <translation>Guardar en el diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="226"/>
        <source>The visit with {who}. What you write here goes into the diary as an appointment note; the medicine changes go into the medicines&apos; history.</source>
        <translation>La visita con {who}. Lo que escribas aquí va al diario como nota de la cita; los cambios de medicación van al historial de los medicamentos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="233"/>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="233"/>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="236"/>
        <source>What we agreed</source>
        <translation>Qué acordamos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="237"/>
        <source>Next steps, tests, a follow-up…</source>
        <translation>Próximos pasos, pruebas, una revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="240"/>
        <source>Medicine changes agreed</source>
        <translation>Cambios de medicación acordados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="243"/>
        <source>There are no medicines on the list yet.</source>
        <translation>Aún no hay medicamentos en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="252"/>
        <source>A new medicine was started…</source>
        <translation>Se empezó un medicamento nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="280"/>
        <source>New: {names}</source>
        <translation>Nuevo: {names}</translation>
    </message>
</context>
<context>
    <name>_CountryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="674"/>
        <source>Where do you live?</source>
        <translation>¿Dónde vives?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="676"/>
        <source>This sets the crisis phone numbers Kindred shows, how dates are written and the paper size for printing. You can change it later in Settings.</source>
        <translation>Esto elige los teléfonos de crisis que muestra Kindred, cómo se escriben las fechas y el tamaño del papel para imprimir. Puedes cambiarlo después en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="680"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="682"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>_MedicineChoice</name>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="172"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="175"/>
        <source>Change agreed to {name}</source>
        <translation>Cambio acordado en {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="177"/>
        <source>New dose (now {strength})</source>
        <translation>Nueva dosis (ahora {strength})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="179"/>
        <source>New dose (now not written)</source>
        <translation>Nueva dosis (ahora sin anotar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appointment_dialogs.py" line="181"/>
        <source>New dose of {name}</source>
        <translation>Nueva dosis de {name}</translation>
    </message>
</context>
<context>
    <name>_PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="328"/>
        <source>Who are you caring for?</source>
        <translation>¿A quién cuidas?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="329"/>
        <source>Their name appears on the diary and on reports for the doctor.</source>
        <translation>Su nombre aparece en el diario y en los informes para el médico.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="332"/>
        <source>Their &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="332"/>
        <source>Name of the person you care for</source>
        <translation>Nombre de la persona a la que cuidas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="335"/>
        <source>What they like to be &amp;called (you can leave this empty)</source>
        <translation>Cómo le gusta que le &amp;llamen (puedes dejarlo vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="336"/>
        <source>What they like to be called, optional</source>
        <translation>Cómo le gusta que le llamen, opcional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="339"/>
        <source>For example: Maggie, Dad, Nana</source>
        <translation>Por ejemplo: Maggie, papá, abuela</translation>
    </message>
</context>
<context>
    <name>_ProtectionPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="399"/>
        <source>Kindred locks the diary so that only your family can read it. The key is kept safely in this computer&apos;s password store, so you won&apos;t need to type anything to open it here.</source>
        <translation>Kindred protege el diario para que solo tu familia pueda leerlo. La clave se guarda de forma segura en el almacén de contraseñas de este equipo, así que aquí no tendrás que escribir nada para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="404"/>
        <source>Kindred locks the diary so that only your family can read it. This computer has no safe password store to keep the key in, so Kindred needs a passphrase. Choose one you will remember: a short sentence works well.</source>
        <translation>Kindred protege el diario para que solo tu familia pueda leerlo. Este equipo no tiene un almacén de contraseñas seguro para guardar la clave, así que Kindred necesita una frase de acceso. Elige una que recuerdes: una frase corta funciona bien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="410"/>
        <source>Kindred couldn&apos;t use this computer&apos;s password store. Please choose a passphrase to protect the diary instead.</source>
        <translation>Kindred no pudo usar el almacén de contraseñas de este equipo. Elige una frase de acceso para proteger el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="419"/>
        <source>Keeping the diary private</source>
        <translation>Mantener el diario privado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="424"/>
        <source>Also ask for a passphrase when Kindred opens</source>
        <translation>Pedir también una frase de acceso al abrir Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="428"/>
        <source>Choose this if other people use this computer.</source>
        <translation>Elige esto si otras personas usan este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="431"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase clave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="431"/>
        <source>Passphrase</source>
        <translation>Frase clave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="434"/>
        <source>Type the passphrase &amp;again</source>
        <translation>Escribe la frase de acceso &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="434"/>
        <source>Type the passphrase again</source>
        <translation>Escribe la frase de acceso otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="438"/>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="439"/>
        <source>Show the passphrase as I type it</source>
        <translation>Mostrar la frase de acceso mientras la escribo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="442"/>
        <source>At least 8 characters. Kindred can&apos;t remind you of it, so choose one you will remember.</source>
        <translation>Al menos 8 caracteres. Kindred no te la puede recordar, así que elige una que no olvides.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="501"/>
        <source>Please choose a passphrase first. A short sentence you will remember works well.</source>
        <translation>Elige primero una frase de acceso. Una frase corta que recuerdes funciona bien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="514"/>
        <source>The two passphrases are not the same. Please type it again.</source>
        <translation>Las dos frases de acceso no coinciden. Escríbela otra vez.</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="532"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="547"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="548"/>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="549"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="550"/>
        <source>Save the recovery code as a PDF</source>
        <translation>Guardar el código de recuperación como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="558"/>
        <source>Keep it with your important papers, away from the computer. Kindred cannot show you this code again once setup is finished.</source>
        <translation>Guárdalo con tus papeles importantes, lejos del equipo. Cuando termine la configuración, Kindred no podrá volver a mostrarte este código.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="564"/>
        <source>I have printed or written down my recovery code</source>
        <translation>He impreso o anotado mi código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="593"/>
        <source>If you ever forget your passphrase, or Kindred moves to a new computer, this code opens your diary. Please print it or write it down now.</source>
        <translation>Si alguna vez olvidas tu frase de acceso, o Kindred pasa a un equipo nuevo, este código abre tu diario. Imprímelo o anótalo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="598"/>
        <source>If this computer is replaced or its password store is reset, this code opens your diary. Please print it or write it down now.</source>
        <translation>Si cambias este equipo o se reinicia su almacén de contraseñas, este código abre tu diario. Imprímelo o anótalo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="607"/>
        <source>Recovery code: {code}</source>
        <translation>Código de recuperación: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="618"/>
        <source>The page couldn&apos;t be printed. Please check the printer.</source>
        <translation>No se pudo imprimir la página. Revisa la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="621"/>
        <source>The recovery code was sent to the printer.</source>
        <translation>El código de recuperación se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="625"/>
        <source>Kindred recovery code.pdf</source>
        <translation>Código de recuperación Kindred.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="634"/>
        <source>Kindred couldn&apos;t save the PDF in {folder}. Please choose another place.</source>
        <translation>Kindred no pudo guardar el PDF en {folder}. Elige otro lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="640"/>
        <source>Saved as {path}. Please print it or copy it somewhere safe, not only on this computer.</source>
        <translation>Guardado como {path}. Imprímelo o cópialo en un lugar seguro, no solo en este equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="655"/>
        <source>Go on without your recovery code?</source>
        <translation>¿Seguir sin tu código de recuperación?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="657"/>
        <source>Without the recovery code, if the passphrase is forgotten or this computer is replaced, nobody can open the diary, not even Kindred&apos;s makers.</source>
        <translation>Sin el código de recuperación, si se olvida la frase de acceso o se cambia este equipo, nadie puede abrir el diario, ni siquiera quienes hacen Kindred.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="660"/>
        <source>Go on without it</source>
        <translation>Seguir sin él</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="661"/>
        <source>Go back and keep it</source>
        <translation>Volver y guardarlo</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="287"/>
        <source>Welcome to Kindred</source>
        <translation>Te damos la bienvenida a Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="289"/>
        <source>Kindred is a shared diary for families caring at home for someone living with a mental illness or dementia. It helps you keep track of each day, find kind words for hard moments, and bring a clear summary to the doctor.</source>
        <translation>Kindred es un diario compartido para familias que cuidan en casa a alguien que vive con una enfermedad mental o con demencia. Te ayuda a seguir cada día, encontrar palabras amables para los momentos difíciles y llevar un resumen claro al médico.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="297"/>
        <source>Your diary is private: it stays on this computer and is locked so only your family can read it.</source>
        <translation>Tu diario es privado: se queda en este equipo y está protegido para que solo tu familia pueda leerlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="303"/>
        <source>Setting up takes about two minutes.</source>
        <translation>La configuración lleva unos dos minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="305"/>
        <location filename="../../ui/dialogs/first_run.py" line="306"/>
        <source>Try the demo first</source>
        <translation>Probar antes la demostración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="308"/>
        <source>A made-up family to look around. Nothing you type there is kept.</source>
        <translation>Una familia inventada para echar un vistazo. No se guarda nada de lo que escribas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="312"/>
        <source>Not ready yet? Look around with a made-up family first. Nothing you type there is kept, and you come back here when you leave.</source>
        <translation>¿Todavía no es el momento? Echa antes un vistazo con una familia inventada. No se guarda nada de lo que escribas, y al salir vuelves aquí.</translation>
    </message>
</context>
<context>
    <name>_YouPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="364"/>
        <source>And you?</source>
        <translation>¿Y tú?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="366"/>
        <source>You will be the main carer in the diary. You can add other family members later.</source>
        <translation>Serás la persona cuidadora principal en el diario. Puedes añadir a otros familiares más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="369"/>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="369"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="371"/>
        <source>How you are &amp;related to them (you can leave this empty)</source>
        <translation>Tu &amp;relación con esa persona (puedes dejarlo vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="372"/>
        <source>How you are related to them, optional</source>
        <translation>Tu relación con esa persona, opcional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="375"/>
        <source>For example: daughter, husband, friend</source>
        <translation>Por ejemplo: hija, marido, amigo</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="55"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="56"/>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="58"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="59"/>
        <source>Why it was made</source>
        <translation>Por qué se hizo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="60"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="62"/>
        <source>Your diary as it is now will be kept as a backup first, so you can undo this.</source>
        <translation>Antes se guardará una copia de tu diario tal como está ahora, para que puedas deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="81"/>
        <source>Today, {time}</source>
        <translation>Hoy, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="83"/>
        <source>Yesterday, {time}</source>
        <translation>Ayer, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="85"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backups.py" line="94"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="138"/>
        <source>This copy could not be opened whole. It can&apos;t be put back.</source>
        <translation>Esta copia no se pudo abrir entera. No se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="165"/>
        <source>Your passphrase</source>
        <translation>Tu frase de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="166"/>
        <source>{why}

Please type your passphrase (or your recovery code):</source>
        <translation>{why}

Escribe tu frase de acceso (o tu código de recuperación):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="181"/>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="182"/>
        <source>That doesn&apos;t open this diary, so nothing was changed.</source>
        <translation>Eso no abre este diario, así que no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="196"/>
        <source>To put a backup back, Kindred needs to unlock it.</source>
        <translation>Para restaurar una copia, Kindred necesita abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="219"/>
        <source>The backup was not put back</source>
        <translation>La copia no se restauró</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="220"/>
        <source>{problem}

Nothing was deleted: your diary and all the backups are where they were.</source>
        <translation>{problem}

No se borró nada: tu diario y todas las copias siguen donde estaban.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="229"/>
        <source>The backup is back</source>
        <translation>La copia está restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Done. Your diary is now as it was in that backup.

The diary as it was a moment ago is kept in the list as a backup made “before restoring a backup”, so you can go back to it.</source>
        <translation>Listo. Tu diario está ahora como en esa copia.

El diario tal como estaba hace un momento queda en la lista como una copia hecha «antes de restaurar una copia», para que puedas volver a él.</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="34"/>
        <source>Before: {text}</source>
        <translation>Antes: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="35"/>
        <source>What they did: {text}</source>
        <translation>Qué hizo: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="36"/>
        <source>What we tried: {text}</source>
        <translation>Qué probamos: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="37"/>
        <source>What helped: {text}</source>
        <translation>Qué ayudó: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="43"/>
        <source>Mood {rating}/10 ({word})</source>
        <translation>Ánimo {rating}/10 ({word})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="49"/>
        <source>Distress {rating}/10 ({word})</source>
        <translation>Angustia {rating}/10 ({word})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="55"/>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
</context>
<context>
    <name>damaged_store</name>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="31"/>
        <source>To look for a backup, please enter your passphrase or recovery code:</source>
        <translation>Para buscar una copia de seguridad, escribe tu frase de acceso o tu código de recuperación:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="46"/>
        <source>That doesn&apos;t open this diary.</source>
        <translation>Eso no abre este diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="61"/>
        <source>{problem}

Kindred found no backup it could open. The diary file has not been changed or removed. Please contact the person who helps you with the computer, and keep the Kindred folder as it is.</source>
        <translation>{problem}

Kindred no encontró ninguna copia que pudiera abrir. El archivo del diario no se ha cambiado ni borrado. Habla con la persona que te ayuda con el equipo y deja la carpeta de Kindred tal como está.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_store.py" line="71"/>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd dd &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/damaged_store.py" line="79"/>
        <source>{problem}

The newest good backup is from {when}, with %n entries. Put it back now? Your current diary file will be kept, unchanged, beside the backups, so nothing is deleted.</source>
        <translation>
            <numerusform>{problem}

La copia buena más reciente es del {when}, con %n entrada. ¿Restaurarla ahora? Tu archivo de diario actual se guardará, sin cambios, junto a las copias, así que no se borra nada.</numerusform>
            <numerusform>{problem}

La copia buena más reciente es del {when}, con %n entradas. ¿Restaurarla ahora? Tu archivo de diario actual se guardará, sin cambios, junto a las copias, así que no se borra nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entry_editor</name>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="85"/>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="88"/>
        <source>{time} today</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/entry_editor.py" line="90"/>
        <source>HH:mm &apos;on&apos; dddd d MMMM</source>
        <translation>&apos;las&apos; HH:mm &apos;del&apos; dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>erase</name>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="31"/>
        <source>DELETE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="32"/>
        <source>Nothing was deleted. Your diary is just as it was.</source>
        <translation>No se borró nada. Tu diario está tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="88"/>
        <source>This will delete the diary and all its backups.

To go ahead, please type the word {word} in capital letters below.</source>
        <translation>Esto borrará el diario y todas sus copias de seguridad.

Para seguir, escribe abajo la palabra {word} en mayúsculas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="94"/>
        <source>This will delete the diary (the backups are kept).

To go ahead, please type the word {word} in capital letters below.</source>
        <translation>Esto borrará el diario (las copias de seguridad se conservan).

Para seguir, escribe abajo la palabra {word} en mayúsculas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="101"/>
        <source>One last check</source>
        <translation>Una última comprobación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="108"/>
        <source>Nothing was deleted</source>
        <translation>No se borró nada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="119"/>
        <source>Not everything was deleted</source>
        <translation>No se borró todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="120"/>
        <source>{problem}

Some files could not be deleted. Please close Kindred and try again, or ask the person who helps you with the computer.</source>
        <translation>{problem}

Algunos archivos no se pudieron borrar. Cierra Kindred y vuelve a intentarlo, o pide ayuda a la persona que te ayuda con el equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="129"/>
        <source>The diary has been deleted from this computer.

Kindred will close now. Thank you for all the care you gave.</source>
        <translation>El diario se ha borrado de este equipo.

Kindred se cerrará ahora. Gracias por todo el cuidado que diste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="135"/>
        <source>The diary has been deleted from this computer. The backups were kept, in their own folder.

Kindred will close now. Thank you for all the care you gave.</source>
        <translation>El diario se ha borrado de este equipo. Las copias de seguridad se conservaron, en su propia carpeta.

Kindred se cerrará ahora. Gracias por todo el cuidado que diste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase.py" line="141"/>
        <source>Everything is deleted</source>
        <translation>Todo está borrado</translation>
    </message>
</context>
<context>
    <name>export_import</name>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="55"/>
        <source>Kindred export (*.json)</source>
        <translation>Exportación de Kindred (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="56"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="57"/>
        <source>Kindred export (*.json);;All files (*)</source>
        <translation>Exportación de Kindred (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="58"/>
        <source>Nothing was imported, and your diary is as it was.</source>
        <translation>No se importó nada y tu diario está como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="69"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="76"/>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="86"/>
        <source>Choose a Kindred export</source>
        <translation>Elige una exportación de Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="308"/>
        <source>Export saved</source>
        <translation>Exportación guardada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="309"/>
        <source>Saved as “{name}” in {folder}.</source>
        <translation>Guardado como «{name}» en {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="319"/>
        <source>This export is locked. Please type its passphrase:</source>
        <translation>Esta exportación está protegida. Escribe su frase de acceso:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="330"/>
        <source>{problem}

The export&apos;s passphrase:</source>
        <translation>{problem}

La frase de acceso de la exportación:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="339"/>
        <source>Locked export</source>
        <translation>Exportación protegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="362"/>
        <source>Kindred couldn&apos;t read “{name}”.</source>
        <translation>Kindred no pudo leer «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="376"/>
        <source>Nothing new</source>
        <translation>Nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="381"/>
        <source>Import this export?</source>
        <translation>¿Importar esta exportación?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="382"/>
        <source>{summary}

A backup of your diary is made first. Add them now?</source>
        <translation>{summary}

Antes se hace una copia de seguridad de tu diario. ¿Añadirlo ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_import.py" line="395"/>
        <location filename="../../ui/dialogs/export_import.py" line="405"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_import.py" line="400"/>
        <source>Done. %n entries were added.</source>
        <translation>
            <numerusform>Listo. Se añadió %n entrada.</numerusform>
            <numerusform>Listo. Se añadieron %n entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="108"/>
        <source>Kindred: your recovery code</source>
        <translation>Kindred: tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="110"/>
        <source>This code opens your family&apos;s care diary if the passphrase is forgotten, or if Kindred moves to a new computer.</source>
        <translation>Este código abre el diario de cuidados de tu familia si se olvida la frase de acceso o si Kindred pasa a un equipo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="116"/>
        <source>Made on {date}.</source>
        <translation>Hecho el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="119"/>
        <source>How to use it</source>
        <translation>Cómo usarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="120"/>
        <source>Open Kindred.</source>
        <translation>Abre Kindred.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="123"/>
        <source>Choose {button}.</source>
        <translation>Elige {button}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="127"/>
        <source>Type the code. Capital or small letters both work, and the dashes don&apos;t matter.</source>
        <translation>Escribe el código. Valen mayúsculas o minúsculas, y los guiones no importan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="132"/>
        <source>Keep it safe</source>
        <translation>Guárdalo bien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="134"/>
        <source>Keep this page with your important papers, away from the computer. Anyone with this code and a copy of the diary could read it. Kindred cannot show you this code again.</source>
        <translation>Guarda esta página con tus papeles importantes, lejos del equipo. Cualquiera que tenga este código y una copia del diario podría leerlo. Kindred no puede volver a mostrarte este código.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="172"/>
        <source>Kindred recovery code</source>
        <translation>Código de recuperación de Kindred</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="184"/>
        <source>Save your recovery code as a PDF</source>
        <translation>Guardar tu código de recuperación como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="186"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="198"/>
        <source>Print your recovery code</source>
        <translation>Imprimir tu código de recuperación</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="25"/>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="26"/>
        <source>the kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="27"/>
        <source>the time</source>
        <translation>la hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="28"/>
        <source>mood</source>
        <translation>el ánimo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="29"/>
        <source>distress</source>
        <translation>la angustia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="30"/>
        <source>sleep</source>
        <translation>el sueño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="31"/>
        <source>tags</source>
        <translation>las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="32"/>
        <source>the appointment flag</source>
        <translation>la marca para la cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="33"/>
        <source>who can see it</source>
        <translation>quién puede verla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="34"/>
        <source>before</source>
        <translation>lo de antes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="35"/>
        <source>what they did</source>
        <translation>qué hizo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="36"/>
        <source>what we tried</source>
        <translation>qué probamos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="37"/>
        <source>what helped</source>
        <translation>qué ayudó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="41"/>
        <source>Written by {name} · {when}</source>
        <translation>Escrita por {name} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="42"/>
        <source>Changed by {name} · {when}</source>
        <translation>Cambiada por {name} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="43"/>
        <source>Deleted by {name} · {when}</source>
        <translation>Borrada por {name} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="44"/>
        <source>Brought back by {name} · {when}</source>
        <translation>Recuperada por {name} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="45"/>
        <source>Edit kept aside (someone else had changed it) by {name} · {when}</source>
        <translation>Cambio de {name} guardado aparte (otra persona ya la había cambiado) · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="57"/>
        <source>dd MMM yyyy, HH:mm</source>
        <translation>dd MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="66"/>
        <source>Changed {fields}</source>
        <translation>Cambió: {fields}</translation>
    </message>
</context>
<context>
    <name>medicine_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/medicine_dialogs.py" line="95"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>pocket_cards</name>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="48"/>
        <source>Save pocket cards</source>
        <translation>Guardar tarjetas de bolsillo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pocket_cards.py" line="50"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="57"/>
        <source>What helps</source>
        <translation>Qué ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="58"/>
        <source>You could say</source>
        <translation>Puedes decir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="59"/>
        <source>Try not to</source>
        <translation>Intenta no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/presentation.py" line="60"/>
        <source>Get urgent help when…</source>
        <translation>Busca ayuda urgente si…</translation>
    </message>
</context>
<context>
    <name>shared_open</name>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="82"/>
        <source>The shared diary&apos;s connection details can&apos;t be read. Please set them again.</source>
        <translation>No se pueden leer los datos de conexión del diario compartido. Vuelve a introducirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="115"/>
        <source>Your password for the shared diary ({user}):</source>
        <translation>Tu contraseña del diario compartido ({user}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shared_open.py" line="143"/>
        <source>Open the shared diary</source>
        <translation>Abrir el diario compartido</translation>
    </message>
</context>
</TS>
