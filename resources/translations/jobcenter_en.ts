<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="81" />
            <source>Tilføj mål</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="101" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="264" />
            <source>Slet mål</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="141" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="291" />
            <source>Tilføj pil</source>
            <translation>Add arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="158" />
            <source>Slet pil</source>
            <translation>Delete arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="303" />
            <source>Slet {n} mål</source>
            <translation>Delete {n} goals</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="312" />
            <source>Flyt mål</source>
            <translation>Move goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="318" />
            <source>Skub mål</source>
            <translation>Nudge goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="327" />
            <source>Ret målets tekst</source>
            <translation>Edit goal text</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="327" />
            <source>Ret mål</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="336" />
            <source>Ryd op i layout</source>
            <translation>Tidy up layout</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="353" />
            <source>Slet pile</source>
            <translation>Delete arrows</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="363" />
            <source>Slet markering</source>
            <translation>Delete selection</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="143" />
            <source>Vælg en indikator for at se dens udvikling</source>
            <translation>Select an indicator to see its trend</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="150" />
            <source>ingen målinger endnu</source>
            <translation>no measurements yet</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="357" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="159" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="790" />
            <source>Måling</source>
            <translation>Measurement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="162" />
            <source>Trafiklys</source>
            <translation>Traffic light</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="362" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="438" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="520" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="166" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="352" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="790" />
            <source>Mål</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="362" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="439" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="170" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="790" />
            <source>Gul-grænse</source>
            <translation>Amber limit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="250" />
            <source>Hvorfor ændres målet? (gemmes i historikken)</source>
            <translation>Why is the goal being changed? (saved in the history)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="251" />
            <source>Gem ændringer i målet</source>
            <translation>Save changes to goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="254" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="679" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="255" />
            <source>Ejer</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="256" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Fokusområde</source>
            <translation>Focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="257" />
            <source>Delmål af</source>
            <translation>Sub-goal of</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="381" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="523" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="619" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="687" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="258" />
            <source>Begrundelse</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="263" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="487" />
            <source>Nyt delmål</source>
            <translation>New sub-goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="270" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="219" />
            <source>Indikatorer</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="275" />
            <source>Ny indikator…</source>
            <translation>New indicator…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="276" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="590" />
            <source>Ret…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="277" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="591" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="129" />
            <source>Slet</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="285" />
            <source>Pile (årsag → virkning)</source>
            <translation>Arrows (cause → effect)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="292" />
            <source>Slet markeret pil</source>
            <translation>Delete selected arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="293" />
            <source>Fører til:</source>
            <translation>Leads to:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="302" />
            <source>Milepæle og indsatser</source>
            <translation>Milestones and initiatives</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="306" />
            <source>Ny milepæl…</source>
            <translation>New milestone…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="307" />
            <source>Ny indsats…</source>
            <translation>New initiative…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="313" />
            <source>Historik (revisioner)</source>
            <translation>History (revisions)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="352" />
            <source>Delmål</source>
            <translation>Sub-goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="359" />
            <source>(hovedmål)</source>
            <translation>(main goal)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="407" />
            <source>visionen</source>
            <translation>the vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="411" />
            <source>Visionen</source>
            <translation>The vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="431" />
            <source>Ingen milepæle eller indsatser knyttet til målet.</source>
            <translation>No milestones or initiatives are linked to this goal.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="439" />
            <source>Ingen ændringer registreret.</source>
            <translation>No changes recorded.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="516" />
            <source>Slet indikator</source>
            <translation>Delete indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="589" />
            <source>Ny…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="630" />
            <source>Ret kortets oplysninger og ambassadører…</source>
            <translation>Edit map details and ambassadors…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="640" />
            <source>Fokusområder</source>
            <translation>Focus areas</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="644" />
            <source>Slet fokusområde</source>
            <translation>Delete focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="646" />
            <source>Milepæle</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="651" />
            <source>Slet milepæl</source>
            <translation>Delete milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="653" />
            <source>Arbejdsgrupper</source>
            <translation>Working groups</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="658" />
            <source>Slet arbejdsgruppe</source>
            <translation>Delete working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="660" />
            <source>Indsatser (handleplaner)</source>
            <translation>Initiatives (action plans)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="665" />
            <source>Slet indsats</source>
            <translation>Delete initiative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="689" />
            <source>Intet strategikort åbent.</source>
            <translation>No strategy map open.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="715" />
            <source>Ingen advarsler.</source>
            <translation>No warnings.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="172" />
            <source>Tilføj række</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="173" />
            <source>Fjern markeret række</source>
            <translation>Remove selected row</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="224" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="225" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="318" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="463" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="260" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="293" />
            <source>Nyt fokusområde</source>
            <translation>New focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="260" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="299" />
            <source>Ret fokusområde</source>
            <translation>Edit focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="272" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="353" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="557" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="273" />
            <source>Rækkefølge</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="274" />
            <source>Farve</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="278" />
            <source>(automatisk)</source>
            <translation>(automatic)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="284" />
            <source>Vælg farve</source>
            <translation>Choose colour</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="313" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="490" />
            <source>Ny indikator</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="313" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="490" />
            <source>Ret indikator</source>
            <translation>Edit indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="325" />
            <source>(vælg måling)</source>
            <translation>(choose measure)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="330" />
            <source>(alle ordninger)</source>
            <translation>(all schemes)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="352" />
            <source>Hvorfor ændres mål eller grænser? (gemmes i historikken)</source>
            <translation>Why are targets or limits being changed? (saved in the history)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="354" />
            <source>Enhed</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="355" />
            <source>Retning</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="356" />
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="358" />
            <source>Opdeling</source>
            <translation>Breakdown</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="360" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="363" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="361" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="431" />
            <source>Udgangspunkt</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="362" />
            <source>Fra periode</source>
            <translation>From period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="363" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="448" />
            <source>Værdi</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="363" />
            <source>Kilde/note</source>
            <translation>Source/note</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="373" />
            <source>Måltal (gælder fra perioden og frem til næste måltal)</source>
            <translation>Targets (each applies from its period until the next target)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="376" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="400" />
            <source>Målinger</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="399" />
            <source>Målinger (beregnes fra CRM – kan ikke rettes her)</source>
            <translation>Measurements (computed from the CRM – cannot be edited here)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="504" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="535" />
            <source>Ny milepæl</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="504" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="537" />
            <source>Ret milepæl</source>
            <translation>Edit milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="511" />
            <source>(intet bestemt mål)</source>
            <translation>(no specific goal)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="518" />
            <source>Milepæl</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="519" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="521" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="614" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="680" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="522" />
            <source>Nået den</source>
            <translation>Reached on</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="548" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="567" />
            <source>Ny arbejdsgruppe</source>
            <translation>New working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="548" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="569" />
            <source>Ret arbejdsgruppe</source>
            <translation>Edit working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="555" />
            <source>Ét medlem pr. linje</source>
            <translation>One member per line</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="558" />
            <source>Formand</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="559" />
            <source>Medlemmer</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="582" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="638" />
            <source>Ny indsats</source>
            <translation>New initiative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="582" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="640" />
            <source>Ret indsats</source>
            <translation>Edit initiative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="589" />
            <source>(ingen arbejdsgruppe)</source>
            <translation>(no working group)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Ansvarlig</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Udført</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="608" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="610" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="675" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="737" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="611" />
            <source>Arbejdsgruppe</source>
            <translation>Working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="612" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="613" />
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="615" />
            <source>Skal flytte målene</source>
            <translation>Goals it should move</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="616" />
            <source>Handleplan – opgaver (skriv «ja» i Udført, når den er løst)</source>
            <translation>Action plan – tasks (type «yes» under Done when a task is completed)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="652" />
            <source>Kortets oplysninger</source>
            <translation>Map details</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="660" />
            <source>(intet)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="672" />
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="672" />
            <source>Afsnit</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="676" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="738" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="677" />
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="739" />
            <source>Visionsår</source>
            <translation>Vision year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="678" />
            <source>Udgangspunkt (status A)</source>
            <translation>Baseline (status A)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="681" />
            <source>Periode fra</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="682" />
            <source>Periode til</source>
            <translation>Period to</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="683" />
            <source>Mindst antal ambassadører pr. afsnit</source>
            <translation>Minimum number of ambassadors per section</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="684" />
            <source>Ambassadører</source>
            <translation>Ambassadors</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="716" />
            <source>Ret kortets oplysninger</source>
            <translation>Edit map details</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="727" />
            <source>Nyt strategikort</source>
            <translation>New strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="733" />
            <source>Start med fire fokusområder: virksomhedskontakt, borgerkontakt, internt og tværgående samarbejde</source>
            <translation>Start with four focus areas: company contact, citizen contact, internal and cross-sector cooperation</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="756" />
            <source>Giv kortet en titel.</source>
            <translation>Give the map a title.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="780" />
            <source>Nyt kort fra skabelon</source>
            <translation>New map from template</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="798" />
            <source>Kortet starter i år</source>
            <translation>The map starts in year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="800" />
            <source>Skabeloner (eksempler – tekster og tal er opdigtede og skal tilpasses):</source>
            <translation>Templates (examples – texts and figures are fictitious and must be adapted):</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="832" />
            <source>Udskriv strategikort</source>
            <translation>Print strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="834" />
            <source>A3 liggende (plakat til væggen)</source>
            <translation>A3 landscape (wall poster)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="835" />
            <source>A4 liggende (uddeling)</source>
            <translation>A4 landscape (handout)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="836" />
            <source>Med briefingsider: indikatorer med grafer, milepæle, handleplaner og ambassadører</source>
            <translation>With briefing pages: indicators with charts, milestones, action plans and ambassadors</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="841" />
            <source>Vis udskrift…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="842" />
            <source>Gem som PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="843" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="850" />
            <source>Papir</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="119" />
            <source>Fortryd</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="121" />
            <source>Gentag</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="124" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="316" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="126" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="634" />
            <source>Nyt mål</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="128" />
            <source>Nyt fokusområde…</source>
            <translation>New focus area…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="130" />
            <source>Ryd op</source>
            <translation>Tidy up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="131" />
            <source>Automatisk layout efter fokusområde og pilenes rækkefølge</source>
            <translation>Automatic layout by focus area and the order of the arrows</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="132" />
            <source>Zoom ind</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="134" />
            <source>Zoom ud</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="136" />
            <source>Tilpas</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="138" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="401" />
            <source>Opdatér målinger</source>
            <translation>Update measurements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="139" />
            <source>Genberegn de live indikatorer fra CRM-data</source>
            <translation>Recalculate the live indicators from CRM data</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="140" />
            <source>Udskriv…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="142" />
            <source>Eksportér JSON…</source>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="143" />
            <source>Nyt tomt kort…</source>
            <translation>New blank map…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="144" />
            <source>Nyt kort fra skabelon…</source>
            <translation>New map from template…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="145" />
            <source>Importér JSON…</source>
            <translation>Import JSON…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="157" />
            <source>Nyt kort</source>
            <translation>New map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="162" />
            <source>Strategikort:</source>
            <translation>Strategy map:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="200" />
            <source>Måned</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="200" />
            <source>Kvartal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="201" />
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="206" />
            <source>Indikatorer målt pr.</source>
            <translation>Indicators measured by</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="208" />
            <source>Farve: trafiklys for perioden. Manuelle tal kan rettes direkte i cellen; beregnede tal kommer fra CRM.</source>
            <translation>Colour: traffic light for the period. Manual figures can be edited directly in the cell; computed figures come from the CRM.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="217" />
            <source>Kort</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="218" />
            <source>Tidslinje</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="220" />
            <source>Status for ledelsen</source>
            <translation>Status for management</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="312" />
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="759" />
            <source>Ikke gemte ændringer</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="313" />
            <source>Kortet har ændringer, der ikke er gemt. Vil du gemme dem først?</source>
            <translation>The map has unsaved changes. Do you want to save them first?</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="317" />
            <source>Kassér ændringer</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="388" />
            <source>Beregner målinger …</source>
            <translation>Calculating measurements …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="415" />
            <source>{n} live indikatorer beregnet · {c} målinger ændret</source>
            <translation>{n} live indicators calculated · {c} measurements changed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="435" />
            <source>Gemmer …</source>
            <translation>Saving …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="446" />
            <source>Gemt.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="455" />
            <source>Kortet er ændret af en anden</source>
            <translation>The map has been changed by someone else</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="457" />
            <source>Du kan hente den gemte version (dine ændringer kasseres) eller gemme dine ændringer som et nyt kort.</source>
            <translation>You can load the saved version (your changes are discarded) or save your changes as a new map.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="459" />
            <source>Genindlæs deres version</source>
            <translation>Reload their version</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="461" />
            <source>Gem mine som nyt kort</source>
            <translation>Save mine as a new map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="484" />
            <source>Kortet «{t}» er oprettet.</source>
            <translation>The map «{t}» has been created.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="521" />
            <source>Importér strategikort</source>
            <translation>Import strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="522" />
            <source>Strategikort (*.json);;Alle filer (*)</source>
            <translation>Strategy maps (*.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="532" />
            <source>Eksportér strategikort</source>
            <translation>Export strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="534" />
            <source>Strategikort (*.json)</source>
            <translation>Strategy maps (*.json)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="539" />
            <source>Eksporteret til {p}</source>
            <translation>Exported to {p}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="555" />
            <source>Laver PDF …</source>
            <translation>Creating PDF …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="565" />
            <source>Gem strategikort som PDF</source>
            <translation>Save strategy map as PDF</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="579" />
            <source>Gemt som {p}</source>
            <translation>Saved as {p}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="597" />
            <source>Vis udskrift – strategikort</source>
            <translation>Print preview – strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="669" />
            <source>Rettet direkte på kortet</source>
            <translation>Edited directly on the map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="727" />
            <source>Ret måling</source>
            <translation>Edit measurement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="771" />
            <source>Ingen strategikort endnu – opret et fra en skabelon.</source>
            <translation>No strategy maps yet – create one from a template.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="781" />
            <source>rød</source>
            <translation>red</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="782" />
            <source>gul</source>
            <translation>amber</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="783" />
            <source>grøn</source>
            <translation>green</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="784" />
            <source>uden måling</source>
            <translation>not measured</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Indikator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="803" />
            <source>Ingen indikatorer er røde eller gule.</source>
            <translation>No indicators are red or amber.</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="201" />
            <source>Redigér aftale</source>
            <translation>Edit agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="201" />
            <source>Ny aftale</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="207" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="209" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="211" />
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="212" />
            <source>Indhold</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="213" />
            <source>Virksomheden forpligter sig til</source>
            <translation>The company commits to</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="217" />
            <source>(ikke angivet)</source>
            <translation>(not specified)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="219" />
            <source>Praktikpladser pr. år</source>
            <translation>Internship places per year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="220" />
            <source>Underskrevet af</source>
            <translation>Signed by</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="107" />
            <source>Redigér borger – {label}</source>
            <translation>Edit citizen – {label}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="108" />
            <source>Ny borger</source>
            <translation>New citizen</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="119" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="120" />
            <source>Målgruppe og rådighed</source>
            <translation>Target group and availability</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="121" />
            <source>Ønsker og erfaring</source>
            <translation>Wishes and experience</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="122" />
            <source>Kompetencer og sprog</source>
            <translation>Skills and languages</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="123" />
            <source>Hensyn</source>
            <translation>Accommodations</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="131" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="132" />
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="489" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="147" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="147" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="148" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="148" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="157" />
            <source>Postnummer</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="161" />
            <source>Fjern CPR-nummer</source>
            <translation>Remove CPR number</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="168" />
            <source>CPR-nummer (valgfrit)</source>
            <translation>CPR number (optional)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="169" />
            <source>CPR-nummeret krypteres og vises kun maskeret (DDMMÅÅ-XXXX). Lad feltet stå tomt for at beholde det gemte nummer.</source>
            <translation>The CPR number is encrypted and only ever shown masked (DDMMYY-XXXX). Leave the field empty to keep the stored number.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="175" />
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="178" />
            <source>Ansvarlig konsulent</source>
            <translation>Responsible consultant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="186" />
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="188" />
            <source>(ikke vurderet)</source>
            <translation>(not assessed)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="189" />
            <source>Jobparat</source>
            <translation>Job-ready</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="189" />
            <source>Aktivitetsparat</source>
            <translation>Activity-ready</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="190" />
            <source>Uddannelsesparat</source>
            <translation>Education-ready</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="192" />
            <source>Parathed</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="193" />
            <source>Ledig fra</source>
            <translation>Available from</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="197" />
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="202" />
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="206" />
            <source>ikke angivet</source>
            <translation>not specified</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="198" />
            <source> timer</source>
            <translation> hours</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="199" />
            <source>Ønskede timer pr. uge</source>
            <translation>Desired hours per week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="207" />
            <source> min.</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="210" />
            <source>eller</source>
            <translation>or</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="213" />
            <source>Maks. transport</source>
            <translation>Max. commute</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="219" />
            <source>Ønskede stillinger (DISCO-08), vigtigste først</source>
            <translation>Desired occupations (DISCO-08), most important first</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="222" />
            <source>Erfaring</source>
            <translation>Experience</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="224" />
            <source>Arbejdsgiver</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="225" />
            <source>DISCO-kode</source>
            <translation>DISCO code</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="226" />
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="227" />
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="238" />
            <source>DISCO-kode fx 7212 (svejser). Arbejdsgiver vises kun internt.</source>
            <translation>DISCO code, e.g. 7212 (welder). The employer is only shown internally.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="242" />
            <source>Tilføj erfaring</source>
            <translation>Add experience</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="243" />
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="302" />
            <source>Fjern valgte</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="249" />
            <source>Uddannelse (én pr. linje)</source>
            <translation>Education (one per line)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="259" />
            <source>Kompetencer</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="260" />
            <source>fx lagerstyring, kundeservice, TIG-svejsning</source>
            <translation>e.g. warehouse management, customer service, TIG welding</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="263" />
            <source>Certifikater og beviser</source>
            <translation>Certificates and licences</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="264" />
            <source>fx truckcertifikat, hygiejnebevis</source>
            <translation>e.g. forklift certificate, food hygiene certificate</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="267" />
            <source>Kørekort</source>
            <translation>Driving licences</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="278" />
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="280" />
            <source>Sprog</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="281" />
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="301" />
            <source>Tilføj sprog</source>
            <translation>Add language</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="316" />
            <source>Skriv kun hensyn, borgeren selv har valgt at dele, i neutrale og arbejdsrelaterede ord – fx «ingen tunge løft over 15 kg», «ikke natarbejde», «korte arbejdsdage». Skriv aldrig diagnoser eller andre helbredsoplysninger.</source>
            <translation>Only record accommodations the citizen has chosen to share, in neutral, work-related terms – e.g. «no heavy lifting over 15 kg», «no night work», «short working days». Never record diagnoses or other health information.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="324" />
            <source>Ét hensyn pr. linje</source>
            <translation>One accommodation per line</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="347" />
            <source>DDMMÅÅ-XXXX</source>
            <translation>DDMMYY-XXXX</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="483" />
            <source>Ændret af en anden bruger</source>
            <translation>Changed by another user</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="485" />
            <source>Genindlæs deres version</source>
            <translation>Reload their version</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="487" />
            <source>Behold mine ændringer</source>
            <translation>Keep my changes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="506" />
            <source>Dine ændringer er bevaret; tryk Gem for at overskrive.</source>
            <translation>Your changes have been kept; click Save to overwrite.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_dialog.py" line="507" />
            <source>Formularen viser nu den gemte version.</source>
            <translation>The form now shows the saved version.</translation>
        </message>
    </context>
    <context>
        <name>CandidateImportWizard</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="473" />
            <source>Importér borgere</source>
            <translation>Import citizens</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="477" />
            <source>Næste &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="478" />
            <source>&lt; Tilbage</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="479" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="480" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="512" />
            <source>Afbryder …</source>
            <translation>Cancelling …</translation>
        </message>
    </context>
    <context>
        <name>CandidatesTab</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="72" />
            <source>Jobparat</source>
            <translation>Job-ready</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="72" />
            <source>Aktivitetsparat</source>
            <translation>Activity-ready</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="73" />
            <source>Uddannelsesparat</source>
            <translation>Education-ready</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="77" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="78" />
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="405" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="79" />
            <source>Postnr.</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="80" />
            <source>By</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="81" />
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="414" />
            <source>Parathed</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="83" />
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="412" />
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="84" />
            <source>Ønsket stilling</source>
            <translation>Desired job</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="85" />
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="425" />
            <source>Ledig fra</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="87" />
            <source>Samtykke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="88" />
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="427" />
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="98" />
            <source>Søg navn, telefon, e-mail, stilling, postnr. – eller fuldt CPR-nummer …</source>
            <translation>Search name, phone, email, occupation, postcode – or full CPR number …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="103" />
            <source>Filtre</source>
            <translation>Filters</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="107" />
            <source>Alle paratheder</source>
            <translation>All readiness levels</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="110" />
            <source>Importér …</source>
            <translation>Import …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="125" />
            <source>Stilling/DISCO, fx 72</source>
            <translation>Occupation/DISCO, e.g. 72</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="132" />
            <source>Kompetence/certifikat</source>
            <translation>Skill/certificate</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="140" />
            <source>Alle kørekort</source>
            <translation>All driving licences</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="145" />
            <source>Alle sprog</source>
            <translation>All languages</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="148" />
            <source>Alle kommuner</source>
            <translation>All municipalities</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="151" />
            <source>Ledig senest</source>
            <translation>Available by</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="161" />
            <source>Alle konsulenter</source>
            <translation>All consultants</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="170" />
            <source>Nulstil</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="189" />
            <source>Alle målgrupper</source>
            <translation>All target groups</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="195" />
            <source>Ikke verificeret mod lovteksten. Kilde: {s}</source>
            <translation>Not verified against the statute. Source: {s}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="200" />
            <source>{code} – {name} (ophørt)</source>
            <translation>{code} – {name} (discontinued)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="206" />
            <source>Ny borger</source>
            <translation>New citizen</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="208" />
            <source>Redigér</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="210" />
            <source>Vis CPR</source>
            <translation>Show CPR</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="212" />
            <source>Viser det fulde CPR-nummer. Visningen logges.</source>
            <translation>Shows the full CPR number. The viewing is logged.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="215" />
            <source>Udskriv</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="218" />
            <source>Borgerresumé (internt) …</source>
            <translation>Citizen summary (internal) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="219" />
            <source>Resumé til arbejdsgiver (kræver samtykke) …</source>
            <translation>Summary for employer (requires consent) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="220" />
            <source>Anonymiseret profil til arbejdsgiver …</source>
            <translation>Anonymised profile for employer …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="224" />
            <source>Borgerens rettigheder</source>
            <translation>Citizen's rights</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="227" />
            <source>Indsigt: udtræk alle oplysninger (JSON) …</source>
            <translation>Access request: export all data (JSON) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="228" />
            <source>Slet personoplysninger …</source>
            <translation>Erase personal data …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="390" />
            <source>Målgruppen er ikke verificeret mod lovteksten (kilde: {source}).</source>
            <translation>The target group has not been verified against the statute (source: {source}).</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="397" />
            <source>{m} min.</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="400" />
            <source>{y:g} år</source>
            <translation>{y:g} yrs</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="406" />
            <source>CPR</source>
            <translation>CPR</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="406" />
            <source>(ikke registreret)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="407" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="408" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="409" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="410" />
            <source>Postnr. og by</source>
            <translation>Postcode and town</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="411" />
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="413" />
            <source>Tidligere målgrupper</source>
            <translation>Previous target groups</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="415" />
            <source>Ønskede stillinger</source>
            <translation>Desired occupations</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="416" />
            <source>Erfaring</source>
            <translation>Experience</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="417" />
            <source>Uddannelse</source>
            <translation>Education</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="418" />
            <source>Kompetencer</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="419" />
            <source>Certifikater</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="420" />
            <source>Kørekort</source>
            <translation>Driving licences</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="421" />
            <source>Sprog</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="423" />
            <source>Maks. transport</source>
            <translation>Max. commute</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="424" />
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="426" />
            <source>Hensyn</source>
            <translation>Accommodations</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="462" />
            <source>Gemt: {name} ({label})</source>
            <translation>Saved: {name} ({label})</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="491" />
            <source>Samtykket er trukket tilbage.</source>
            <translation>The consent has been withdrawn.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="502" />
            <source>Borgerresumé – {label}</source>
            <translation>Citizen summary – {label}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="503" />
            <source>Fortroligt: indeholder personoplysninger. Udskriften er logget.</source>
            <translation>Confidential: contains personal data. The printout has been logged.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="505" />
            <source>Version til arbejdsgiver (uden CPR, målgruppe, parathed og hensyn). Udskriften er logget.</source>
            <translation>Employer version (without CPR, target group, readiness and accommodations). The printout has been logged.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="514" />
            <source>Profilen indeholder kun de oplysninger, borgerens samtykke tillader.</source>
            <translation>The profile contains only the information the citizen's consent allows.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="516" />
            <source>Borgeren har ikke givet samtykke: profilen viser kun et minimum (ingen alder, kommune, erfaring eller uddannelse).</source>
            <translation>The citizen has not given consent: the profile shows only a minimum (no age, municipality, experience or education).</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="520" />
            <source>Anonymiseret profil – {label}</source>
            <translation>Anonymised profile – {label}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="535" />
            <source>Gem indsigt (JSON)</source>
            <translation>Save access request (JSON)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="537" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="547" />
            <source>Indsigt gemt i {path} ({n} logposter).</source>
            <translation>Access request saved to {path} ({n} log entries).</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="563" />
            <source>Personoplysningerne for {label} er slettet.</source>
            <translation>The personal data for {label} has been erased.</translation>
        </message>
    </context>
    <context>
        <name>ChecksModel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="216" />
            <source>Kontrol</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="217" />
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="218" />
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="218" />
            <source>verificeret</source>
            <translation>verified</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="218" />
            <source>⚠ ikke verificeret</source>
            <translation>⚠ not verified</translation>
        </message>
    </context>
    <context>
        <name>CompaniesTab</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="78" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="79" />
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="295" />
            <source>CVR</source>
            <translation>CVR</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="80" />
            <source>Postnr.</source>
            <translation>Postc.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="81" />
            <source>By</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="82" />
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="300" />
            <source>Branche</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="83" />
            <source>Ansatte</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="84" />
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="303" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="85" />
            <source>Kons.</source>
            <translation>Cons.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="86" />
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="88" />
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="96" />
            <source>Søg navn, CVR, P-nummer, by eller kontaktperson …</source>
            <translation>Search name, CVR, P-number, town or contact person …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="102" />
            <source>Alle kommuner</source>
            <translation>All municipalities</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="107" />
            <source>Alle brancher</source>
            <translation>All industries</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="114" />
            <source>Alle størrelser</source>
            <translation>All sizes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="116" />
            <source>{band} ansatte</source>
            <translation>{band} employees</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="119" />
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="233" />
            <source>Alle konsulenter</source>
            <translation>All consultants</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="127" />
            <source>Alle statusser</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="130" />
            <source>Med åbne jobordrer</source>
            <translation>With open job orders</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="132" />
            <source>Med samarbejdsaftale</source>
            <translation>With cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="138" />
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="241" />
            <source>Mine opfølgninger</source>
            <translation>My follow-ups</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="140" />
            <source>Dubletter …</source>
            <translation>Duplicates …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="142" />
            <source>Importér …</source>
            <translation>Import …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="144" />
            <source>Eksportér …</source>
            <translation>Export …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="164" />
            <source>Ny virksomhed</source>
            <translation>New company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="166" />
            <source>Redigér</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="168" />
            <source>Besøgsark …</source>
            <translation>Visit handout …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="247" />
            <source>{due} forfaldne eller i dag, heraf {overdue} overskredet</source>
            <translation>{due} due today or earlier, of which {overdue} overdue</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="296" />
            <source>P-numre</source>
            <translation>P-numbers</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="297" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="298" />
            <source>Postnr. og by</source>
            <translation>Postcode and town</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="299" />
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="301" />
            <source>Antal ansatte</source>
            <translation>Number of employees</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="302" />
            <source>Sektor</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="304" />
            <source>Ansvarlig konsulent</source>
            <translation>Responsible consultant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="305" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="306" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="307" />
            <source>Hjemmeside</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="308" />
            <source>Seneste kontakt</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="309" />
            <source>Noter</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="310" />
            <source>Sidst ændret</source>
            <translation>Last modified</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="405" />
            <source>Eksportér virksomheder</source>
            <translation>Export companies</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="407" />
            <source>Excel (*.xlsx);;CSV, semikolon (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV, semicolon (*.csv)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="417" />
            <source>{n} virksomheder eksporteret til {file}</source>
            <translation>{n} companies exported to {file}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="50" />
            <source>Seneste kontakt: alle</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Last contact: any</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="50" />
            <source>Ingen kontakt i 30 dage</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No contact for 30 days</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="50" />
            <source>Ingen kontakt i 90 dage</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No contact for 90 days</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="51" />
            <source>Ingen kontakt i 180 dage</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No contact for 180 days</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/companies.py" line="51" />
            <source>Ingen kontakt i et år</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No contact for a year</translation>
        </message>
    </context>
    <context>
        <name>CompanyDetailPanel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="115" />
            <source>Stamdata</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="132" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="133" />
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="134" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="135" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="136" />
            <source>TR</source>
            <translation>Rep</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="137" />
            <source>Foretrækker</source>
            <translation>Prefers</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="141" />
            <source>Ny kontaktperson</source>
            <translation>New contact person</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="143" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="199" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="261" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="284" />
            <source>Redigér</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="144" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="262" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="285" />
            <source>Slet</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="154" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="273" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="155" />
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="156" />
            <source>Resumé</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="157" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="231" />
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="158" />
            <source>Kontaktperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="159" />
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="160" />
            <source>Jobordre</source>
            <translation>Job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="161" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="359" />
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="164" />
            <source>Log kontakt …</source>
            <translation>Log contact …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="175" />
            <source>Stilling</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="176" />
            <source>DISCO</source>
            <translation>DISCO</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="177" />
            <source>Antal</source>
            <translation>Positions</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="178" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="179" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="230" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="274" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="186" />
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="187" />
            <source>Hændelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="188" />
            <source>Kandidat</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="189" />
            <source>Af</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="190" />
            <source>Bemærkning</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="197" />
            <source>Ny jobordre</source>
            <translation>New job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="201" />
            <source>Skift status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="205" />
            <source>Formidling …</source>
            <translation>Recruitment step …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="211" />
            <source>Formidlingslog</source>
            <translation>Recruitment log</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="226" />
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="227" />
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="228" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="249" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="229" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="250" />
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="235" />
            <source>Borgere uden samtykke til deling vises kun med nummer på udskrifter til virksomheden.</source>
            <translation>Citizens who have not consented to sharing are shown only by number on printouts for the company.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="248" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="251" />
            <source>Praktikpl./år</source>
            <translation>Internships/yr</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="253" />
            <source>Forpligtelser</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="254" />
            <source>Indhold</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="255" />
            <source>Underskrevet af</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="259" />
            <source>Ny aftale</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="275" />
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="276" />
            <source>Ansvarlig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="280" />
            <source>Ny opfølgning</source>
            <translation>New follow-up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="282" />
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="379" />
            <source>Markér som udført</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="354" />
            <source>Kontakter</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="355" />
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="356" />
            <source>Jobordrer</source>
            <translation>Job orders</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="357" />
            <source>Forløb</source>
            <translation>Placements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="358" />
            <source>Aftaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="378" />
            <source>Genåbn</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="396" />
            <source>Oprettet som {status}</source>
            <translation>Created as {status}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="427" />
            <source>{n} stilling(er)</source>
            <translation>{n} position(s)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="428" />
            <source>, {h:g} timer/uge</source>
            <translation>, {h:g} hours/week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="429" />
            <source>, start {d}</source>
            <translation>, start {d}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="430" />
            <source>, ansat: {n}</source>
            <translation>, hired: {n}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="433" />
            <source>Ordninger: {s}</source>
            <translation>Schemes: {s}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="435" />
            <source>Skal: {s}</source>
            <translation>Must have: {s}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="437" />
            <source>Gerne: {s}</source>
            <translation>Nice to have: {s}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_detail.py" line="458" />
            <source>Skift status – {title}</source>
            <translation>Change status – {title}</translation>
        </message>
    </context>
    <context>
        <name>CompanyDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="81" />
            <source>Redigér virksomhed</source>
            <translation>Edit company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="81" />
            <source>Ny virksomhed</source>
            <translation>New company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="98" />
            <source>CVR-nummer</source>
            <translation>CVR number</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="99" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="100" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="101" />
            <source>Postnummer</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="102" />
            <source>Branchekode (DB07)</source>
            <translation>Industry code (DB07)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="103" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="104" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="105" />
            <source>Hjemmeside</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="116" />
            <source>10 cifre; flere adskilles med komma</source>
            <translation>10 digits; separate several with commas</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="118" />
            <source>P-numre</source>
            <translation>P-numbers</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="120" />
            <source>(ukendt)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="122" />
            <source>{band} ansatte</source>
            <translation>{band} employees</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="124" />
            <source>Antal ansatte</source>
            <translation>Number of employees</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="126" />
            <source>Privat</source>
            <translation>Private</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="127" />
            <source>Offentlig</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="129" />
            <source>Sektor</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="131" />
            <source>Aktiv</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="131" />
            <source>Emne</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="132" />
            <source>Hvilende</source>
            <translation>Dormant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="132" />
            <source>Lukket</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="135" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="138" />
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="142" />
            <source>Ansvarlig konsulent</source>
            <translation>Responsible consultant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="146" />
            <source>Noter</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="161" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="162" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="286" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="199" />
            <source>&lt;b&gt;Mulig dublet:&lt;/b&gt; &lt;a href='{id}'&gt;{name}&lt;/a&gt; (CVR {cvr}, {place}) – {why}</source>
            <translation>&lt;b&gt;Possible duplicate:&lt;/b&gt; &lt;a href='{id}'&gt;{name}&lt;/a&gt; (CVR {cvr}, {place}) – {why}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="219" />
            <source>(anden bruger)</source>
            <translation>(another user)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="280" />
            <source>Ændret af en anden bruger</source>
            <translation>Changed by another user</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="282" />
            <source>Genindlæs deres version</source>
            <translation>Reload their version</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="284" />
            <source>Behold mine ændringer</source>
            <translation>Keep my changes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="318" />
            <source>Dine ændringer er bevaret oven på den gemte version; tryk Gem.</source>
            <translation>Your changes have been kept on top of the saved version; click Save.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_dialog.py" line="319" />
            <source>Formularen viser nu den gemte version.</source>
            <translation>The form now shows the saved version.</translation>
        </message>
    </context>
    <context>
        <name>CompanyLabels</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="13" />
            <source>Besøg</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="13" />
            <source>Telefon</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="13" />
            <source>E-mail</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="14" />
            <source>Møde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="14" />
            <source>Jobnet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Jobnet</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="22" />
            <source>Aktiv</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="22" />
            <source>Emne</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Prospect</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="22" />
            <source>Hvilende</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Dormant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="23" />
            <source>Lukket</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="27" />
            <source>Åben</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="27" />
            <source>I gang</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="27" />
            <source>Sat på pause</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Paused</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="28" />
            <source>Besat</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Filled</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="28" />
            <source>Udløbet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="33" />
            <source>Genåbn</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="33" />
            <source>Sæt i gang</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="33" />
            <source>Sæt på pause</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="34" />
            <source>Markér som besat</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Mark as filled</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="34" />
            <source>Markér som udløbet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Mark as expired</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="38" />
            <source>Statusændring</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Status change</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="38" />
            <source>Kandidat foreslået</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Candidate proposed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="39" />
            <source>Kandidat afvist</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Candidate rejected</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="39" />
            <source>Samtale</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Interview</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="40" />
            <source>Ansat</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Hired</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="40" />
            <source>Note</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="44" />
            <source>Planlagt</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="44" />
            <source>Afsluttet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="45" />
            <source>Stoppet før tid</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Stopped early</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="45" />
            <source>Aflyst</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="49" />
            <source>Ordinært job her</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Regular job here</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="50" />
            <source>Ordinært job andetsteds</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Regular job elsewhere</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="51" />
            <source>Uddannelse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Education</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="51" />
            <source>Nyt forløb</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New placement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="52" />
            <source>Tilbage på ydelse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Back on benefits</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="52" />
            <source>Ukendt</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="56" />
            <source>Samarbejdsaftale</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Cooperation agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="57" />
            <source>Partnerskabsaftale</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Partnership agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="58" />
            <source>Jobserviceaftale</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Job service agreement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="62" />
            <source>Kompetence</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Skill</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="62" />
            <source>Certifikat</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="62" />
            <source>Kørekort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="63" />
            <source>Sprog</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="67" />
            <source>(ingen)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="72" />
            <source>Privat</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Private</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="72" />
            <source>Offentlig</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="76" />
            <source>Samme CVR-nummer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Same CVR number</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="76" />
            <source>Samme navn (andet postnummer)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Same name (different postcode)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="77" />
            <source>Samme navn og postnummer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Same name and postcode</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/company_labels.py" line="78" />
            <source>Lignende navn i samme postnummer ({score} %)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Similar name in the same postcode ({score} %)</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/match_dialogs.py" line="29" />
            <source>Sammenlign kandidater – {job}</source>
            <translation>Compare candidates – {job}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/match_dialogs.py" line="46" />
            <source>Hold musen over en celle for hele teksten. Alder, køn, oprindelse og helbred indgår aldrig i matchningen.</source>
            <translation>Hover over a cell to see the full text. Age, gender, origin and health are never part of the matching.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="174" />
            <source>Faktor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="177" />
            <source>Samlet score</source>
            <translation>Total score</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="177" />
            <source> (udelukket)</source>
            <translation> (excluded)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="184" />
            <source>Mangler</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="185" />
            <source>Hårde krav ikke opfyldt</source>
            <translation>Hard requirements not met</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="187" />
            <source>Ukendte oplysninger</source>
            <translation>Unknown information</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="189" />
            <source>Forslag med navn</source>
            <translation>Named proposal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="189" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="189" />
            <source>nej (samtykke mangler)</source>
            <translation>no (consent missing)</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="45" />
            <source>Registrér samtykke</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="68" />
            <source>Samtykket gælder</source>
            <translation>Consent covers</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="69" />
            <source>Givet den</source>
            <translation>Given on</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="70" />
            <source>Givet via</source>
            <translation>Given via</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="71" />
            <source>Udløber</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="72" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="78" />
            <source>Borgeren kan til enhver tid trække samtykket tilbage; det virker straks. Uden samtykke kan kun den anonymiserede profil udleveres.</source>
            <translation>The citizen can withdraw consent at any time, with immediate effect. Without consent, only the anonymised profile may be shared.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="84" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="85" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="126" />
            <source>Formål</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="128" />
            <source>Givet</source>
            <translation>Given</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="129" />
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="130" />
            <source>Udløber</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="130" />
            <source>ingen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="131" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="134" />
            <source>&lt;b&gt;Samtykke til deling med arbejdsgivere&lt;/b&gt;</source>
            <translation>&lt;b&gt;Consent to sharing with employers&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="152" />
            <source>Registrér samtykke …</source>
            <translation>Record consent …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="154" />
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="205" />
            <source>Træk samtykke tilbage</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="175" />
            <source>Aktivt</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="175" />
            <source>Trukket tilbage {date}</source>
            <translation>Withdrawn {date}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="176" />
            <source>Udløbet</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="182" />
            <source>Aktivt samtykke: {purposes}.</source>
            <translation>Active consent: {purposes}.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="186" />
            <source>Intet aktivt samtykke: kun den anonymiserede profil (med et minimum af oplysninger) kan udleveres.</source>
            <translation>No active consent: only the anonymised profile (with a minimum of information) may be shared.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="206" />
            <source>Træk samtykket «{purpose}» tilbage nu? Det virker straks og kan ikke fortrydes; et nyt samtykke kan registreres senere.</source>
            <translation>Withdraw the consent «{purpose}» now? This takes effect immediately and cannot be undone; a new consent can be recorded later.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="209" />
            <source>Træk tilbage</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/consent_panel.py" line="210" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="63" />
            <source>Redigér kontaktperson</source>
            <translation>Edit contact person</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="63" />
            <source>Ny kontaktperson</source>
            <translation>New contact person</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="69" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="70" />
            <source>Stilling/rolle</source>
            <translation>Position/role</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="71" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="72" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="73" />
            <source>Foretrukken kanal</source>
            <translation>Preferred channel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="76" />
            <source>Tillidsrepræsentant (TR)</source>
            <translation>Employee representative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="79" />
            <source>Aktiv kontakt</source>
            <translation>Active contact</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/forms.py" line="44" />
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="53" />
            <source>dd-mm-åååå</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/forms.py" line="44" />
            <source>dd-mm-åååå (valgfri)</source>
            <translation>dd-mm-yyyy (opt.)</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="48" />
            <source>Dubletter i virksomhedsregistret</source>
            <translation>Duplicates in the company register</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="50" />
            <source>Søg efter dubletter</source>
            <translation>Search for duplicates</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="64" />
            <source>Behold</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="66" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="67" />
            <source>CVR</source>
            <translation>CVR</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="68" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="71" />
            <source>Kontakter</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="72" />
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="73" />
            <source>Jobordrer</source>
            <translation>Job orders</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="74" />
            <source>Forløb</source>
            <translation>Placements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="75" />
            <source>Aftaler</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="76" />
            <source>Seneste kontakt</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="83" />
            <source>Behold denne</source>
            <translation>Keep this one</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="85" />
            <source>Flet ind i den beholdte</source>
            <translation>Merge into the one kept</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="90" />
            <source>Fortryd seneste sammenlægning</source>
            <translation>Undo last merge</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="92" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="136" />
            <source>Søger i registret …</source>
            <translation>Searching the register …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="147" />
            <source>{n} grupper med {c} virksomheder, der kan være dubletter.</source>
            <translation>{n} groups with {c} companies that may be duplicates.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="148" />
            <source>Ingen dubletter fundet.</source>
            <translation>No duplicates found.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="170" />
            <source>Hvorfor:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="245" />
            <source>Sammenlægningen er fortrudt. Søg igen for at se grupperne.</source>
            <translation>The merge has been undone. Search again to see the groups.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="256" />
            <source>Ingen sammenlægning at fortryde.</source>
            <translation>No merge to undo.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/duplicates_dialog.py" line="258" />
            <source>Seneste: {merged} (CVR {cvr}) blev lagt sammen med {survivor} {date}.</source>
            <translation>Last: {merged} (CVR {cvr}) was merged into {survivor} {date}.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="579" />
            <source>Slet personoplysninger</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="582" />
            <source>&lt;p&gt;Sletter navn, CPR-nummer, kontaktoplysninger, adresse, målgruppehistorik, ønsker, erfaring, kompetencer, sprog, hensyn og fritekst for &lt;b&gt;{label}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Bevares (arkiv- og journalpligt): pseudonymet {label}, forløbenes statistik (ordning, datoer, status, resultat), samtykkernes formål og datoer samt adgangsloggen.&lt;/p&gt;&lt;p&gt;Sletningen kan ikke fortrydes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Erases name, CPR number, contact details, address, target group history, wishes, experience, skills, languages, accommodations and free text for &lt;b&gt;{label}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Kept (archiving and record-keeping obligations): the pseudonym {label}, placement statistics (scheme, dates, status, outcome), the purposes and dates of consents, and the access log.&lt;/p&gt;&lt;p&gt;The erasure cannot be undone.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="590" />
            <source>Begrundelse, fx borgerens anmodning af dd-mm-åååå</source>
            <translation>Reason, e.g. the citizen's request of dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="591" />
            <source>Jeg har kontrolleret, at oplysningerne ikke længere skal bruges</source>
            <translation>I have checked that the data is no longer needed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="596" />
            <source>Slet</source>
            <translation>Erase</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/candidates.py" line="597" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="70" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="69" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="101" />
            <source>Vælg fil</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="71" />
            <source>CSV (semikolon, komma eller tabulator; UTF-8 eller Windows-tegnsæt) eller Excel (.xlsx). Overskriftsrækken findes selv.</source>
            <translation>CSV (semicolon, comma or tab; UTF-8 or Windows character set) or Excel (.xlsx). The header row is detected automatically.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="75" />
            <source>Gennemse …</source>
            <translation>Browse …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="96" />
            <source>Vælg fil med borgere</source>
            <translation>Choose file with citizens</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="98" />
            <source>Tabeller (*.csv *.txt *.tsv *.xlsx);;Alle filer (*)</source>
            <translation>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="70" />
            <source>CSV (semikolon eller komma, UTF-8 eller Windows-tegnsæt) eller Excel (.xlsx). Overskriftsrækken behøver ikke være den første.</source>
            <translation>CSV (semicolon or comma, UTF-8 or Windows character set) or Excel (.xlsx). The header row does not have to be the first row.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="72" />
            <source>Virksomheder</source>
            <translation>Companies</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="73" />
            <source>Jobordrer (knyttes til virksomheden via CVR)</source>
            <translation>Job orders (linked to the company by CVR)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="80" />
            <source>Vælg fil …</source>
            <translation>Choose file …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="102" />
            <source>Tabeller (*.csv *.txt *.xlsx);;Alle filer (*)</source>
            <translation>Tables (*.csv *.txt *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="115" />
            <source>Læser filen …</source>
            <translation>Reading the file …</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="173" />
            <source>Redigér opfølgning</source>
            <translation>Edit follow-up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="173" />
            <source>Ny opfølgning</source>
            <translation>New follow-up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="179" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="181" />
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="182" />
            <source>Ansvarlig</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="184" />
            <source>Jobordre</source>
            <translation>Job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="185" />
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="320" />
            <source>Udført {date}</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Done {date}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="323" />
            <source>Forfalden ({days} dage)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Overdue ({days} days)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="323" />
            <source>Forfalden (i går)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Overdue (yesterday)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="325" />
            <source>I dag</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="326" />
            <source>Om {days} dage</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>In {days} days</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="326" />
            <source>I morgen</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Tomorrow</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="49" />
            <source>Mine opfølgninger – {name}</source>
            <translation>My follow-ups – {name}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="54" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="55" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="56" />
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="57" />
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="66" />
            <source>Markér som udført</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="68" />
            <source>Vis virksomheden</source>
            <translation>Show the company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="69" />
            <source>Eksportér til kalender (.ics) …</source>
            <translation>Export to calendar (.ics) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="70" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="72" />
            <source>Vis:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="111" />
            <source>{n} i alt · {o} forfaldne · {t} i dag</source>
            <translation>{n} in total · {o} overdue · {t} today</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="146" />
            <source>Eksportér opfølgninger</source>
            <translation>Export follow-ups</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="147" />
            <source>Kalender (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="155" />
            <source>{n} opfølgninger eksporteret til {file}</source>
            <translation>{n} follow-ups exported to {file}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="34" />
            <source>Forfaldne og de næste 14 dage</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Overdue and the next 14 days</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="34" />
            <source>Kun forfaldne og i dag</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Only overdue and today</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/follow_ups_dialog.py" line="35" />
            <source>Alle åbne</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>All open</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/forms.py" line="117" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/forms.py" line="118" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/forms.py" line="187" />
            <source>Luk formularen, og åbn den igen for at se den gemte version.</source>
            <translation>Close the form and open it again to see the saved version.</translation>
        </message>
    </context>
    <context>
        <name>HandoutPreviewDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="50" />
            <source>Besøgsark – {name}</source>
            <translation>Visit handout – {name}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="55" />
            <source>Formål med besøget (valgfrit)</source>
            <translation>Purpose of the visit (optional)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="57" />
            <source>Opdatér</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="67" />
            <source>Gem som PDF …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="68" />
            <source>Udskriv …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="70" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="72" />
            <source>Besøgsdato</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="106" />
            <source>Danner besøgsark …</source>
            <translation>Creating visit handout …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="121" />
            <source>%n side(r)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="131" />
            <source>Gem besøgsark</source>
            <translation>Save visit handout</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="132" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/handout_preview.py" line="140" />
            <source>Gemt som {file}</source>
            <translation>Saved as {file}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="304" />
            <source>Importér virksomheder eller jobordrer</source>
            <translation>Import companies or job orders</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="313" />
            <source>Næste &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="314" />
            <source>&lt; Tilbage</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="315" />
            <source>Færdig</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="316" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="356" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="356" />
            <source>Importerer rækker …</source>
            <translation>Importing rows …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="358" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="397" />
            <source>Importen mislykkedes. Intet er gemt.</source>
            <translation>The import failed. Nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="414" />
            <source>{rows} rækker i filen: &lt;b&gt;{new}&lt;/b&gt; oprettes, &lt;b&gt;{upd}&lt;/b&gt; opdateres, &lt;b&gt;{rej}&lt;/b&gt; afvises.</source>
            <translation>{rows} rows in the file: &lt;b&gt;{new}&lt;/b&gt; to be created, &lt;b&gt;{upd}&lt;/b&gt; to be updated, &lt;b&gt;{rej}&lt;/b&gt; to be rejected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="418" />
            <source>Intet er importeret, fordi {rej} rækker blev afvist.</source>
            <translation>Nothing has been imported, because {rej} rows were rejected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="419" />
            <source>Importen er gennemført: {new} oprettet, {upd} opdateret, {rej} rækker afvist.</source>
            <translation>The import is complete: {new} created, {upd} updated, {rej} rows rejected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="422" />
            <source>Nye virksomheder har status «Emne», indtil der logges en kontakt.</source>
            <translation>New companies have the status «Prospect» until a contact is logged.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="428" />
            <source>Gem importrapport</source>
            <translation>Save import report</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="429" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
    </context>
    <context>
        <name>JobOrderDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="188" />
            <source>Redigér jobordre</source>
            <translation>Edit job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="188" />
            <source>Ny jobordre</source>
            <translation>New job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="195" />
            <source>Stillingsbetegnelse</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="198" />
            <source>Stillingskode (DISCO-08)</source>
            <translation>Occupation code (DISCO-08)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="208" />
            <source>(ikke angivet)</source>
            <translation>(not specified)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="210" />
            <source>Antal stillinger</source>
            <translation>Number of positions</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="213" />
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="216" />
            <source>Omfang</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="218" />
            <source>Arbejdssted, postnr.</source>
            <translation>Workplace, postcode</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="226" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="229" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="232" />
            <source>Datoer</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="250" />
            <source>Mulige ordninger</source>
            <translation>Possible schemes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="254" />
            <source>Krav</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="258" />
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>LazyTableModel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/lazy_table.py" line="154" />
            <source>(slettet)</source>
            <translation>(deleted)</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/base.py" line="104" />
            <source>Søg …</source>
            <translation>Search …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../jobcenter_desktop/ui/tabs/base.py" line="134" />
            <source>%n post(er)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogContactDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="104" />
            <source>Log kontakt</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="117" />
            <source>Dato og tid</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="118" />
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="119" />
            <source>Kontaktperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="120" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="127" />
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="122" />
            <source>Konsulent</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="124" />
            <source>Resumé</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="125" />
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="126" />
            <source>Jobordre</source>
            <translation>Job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="128" />
            <source>Opret opfølgning</source>
            <translation>Create follow-up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="131" />
            <source>Opfølgning den</source>
            <translation>Follow-up on</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="132" />
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="41" />
            <source>Jobcenter Desktop – {name}</source>
            <translation>Jobcenter Desktop – {name}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="62" />
            <source>Virksomheder</source>
            <translation>Companies</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="63" />
            <source>Kandidater</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="64" />
            <source>Matchning</source>
            <translation>Matching</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="65" />
            <source>Strategikort</source>
            <translation>Strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="69" />
            <source>Søgning</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="71" />
            <source>Søg overalt:</source>
            <translation>Search everywhere:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="74" />
            <source>Skriv og tryk Enter – søger i den aktive fane</source>
            <translation>Type and press Enter – searches the active tab</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="81" />
            <source>&amp;Filer</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="82" />
            <source>&amp;Afslut</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="85" />
            <source>&amp;Vis</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="93" />
            <source>&amp;Opdatér</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="97" />
            <source>&amp;Sprog</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="102" />
            <source>&amp;Hjælp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="103" />
            <source>&amp;Om Jobcenter Desktop</source>
            <translation>&amp;About Jobcenter Desktop</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="109" />
            <source>Bruger: {name} ({role})</source>
            <translation>User: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="112" />
            <source>Database: {store}</source>
            <translation>Database: {store}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="171" />
            <source>Sprog</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="172" />
            <source>Sproget skiftes, næste gang programmet startes.</source>
            <translation>The language will change the next time the program starts.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="175" />
            <source>Om Jobcenter Desktop</source>
            <translation>About Jobcenter Desktop</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/main_window.py" line="176" />
            <source>Jobcenter Desktop {version}
Virksomhedsservice, matchning og strategikort for jobcentre.</source>
            <translation>Jobcenter Desktop {version}
Employer services, matching and strategy maps for jobcentres.</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="134" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="124" />
            <source>Kolonner</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="135" />
            <source>Kontrollér hvilket felt hver kolonne udfylder. Gættede kolonner er markeret med «?».</source>
            <translation>Check which field each column fills. Guessed columns are marked with «?».</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="159" />
            <source>(importeres ikke)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="168" />
            <source>Eksempel: {value}</source>
            <translation>Example: {value}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="179" />
            <source>«{field}» er valgt for flere kolonner.</source>
            <translation>«{field}» is chosen for more than one column.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="182" />
            <source>Vælg den kolonne, der indeholder navnet.</source>
            <translation>Choose the column that contains the name.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="187" />
            <source>Fil: {name} · {fmt}{enc} · overskrift i række {row}</source>
            <translation>File: {name} · {fmt}{enc} · header in row {row}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="125" />
            <source>Danske kolonnenavne genkendes automatisk. Ret tilknytningen, hvor den er forkert; kolonner uden felt importeres ikke.</source>
            <translation>Danish column names are recognised automatically. Correct the mapping where it is wrong; columns without a field are not imported.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="129" />
            <source>Kolonne i filen</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="129" />
            <source>Eksempler</source>
            <translation>Examples</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="130" />
            <source>Felt</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="152" />
            <source>{file}: {n} rækker, overskrift i række {h}{enc}.</source>
            <translation>{file}: {n} rows, header in row {h}{enc}.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="164" />
            <source>(importér ikke)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="170" />
            <source>Gættet ud fra en stavemåde – kontrollér.</source>
            <translation>Guessed from a spelling – please check.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="189" />
            <source>Et felt er valgt til flere kolonner.</source>
            <translation>A field is chosen for more than one column.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="191" />
            <source>Vælg en kolonne til: {f}.</source>
            <translation>Choose a column for: {f}.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="202" />
            <source>Kontrollerer alle rækker …</source>
            <translation>Checking all rows …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="166" />
            <source>(uden overskrift)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(no header)</translation>
        </message>
    </context>
    <context>
        <name>MatchResultsModel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="85" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="86" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="87" />
            <source>Afstand</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="88" />
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="97" />
            <source>Samtykke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="89" />
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="90" />
            <source>Forklaring</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="98" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="109" />
            <source>Udelukket: </source>
            <translation>Excluded: </translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="116" />
            <source>✓ med navn</source>
            <translation>✓ named</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="116" />
            <source>anonymt</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="117" />
            <source>Jobordre</source>
            <translation>Job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="117" />
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="154" />
            <source>Udelukket af et hårdt krav:</source>
            <translation>Excluded by a hard requirement:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="158" />
            <source>Ukendt: </source>
            <translation>Unknown: </translation>
        </message>
    </context>
    <context>
        <name>MatchingTab</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="92" />
            <source>Jobordre</source>
            <translation>Job order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="93" />
            <source>Virksomhed</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="94" />
            <source>DISCO</source>
            <translation>DISCO</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="95" />
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="105" />
            <source>Postnr.</source>
            <translation>Postc.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="96" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="97" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="103" />
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="104" />
            <source>Ønske</source>
            <translation>Wish</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="106" />
            <source>Ledig fra</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="108" />
            <source>Samtykke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="115" />
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="373" />
            <source>Søg jobordre (titel, stillingskode) …</source>
            <translation>Search job orders (title, occupation code) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="120" />
            <source>Jobordre → borgere</source>
            <translation>Job order → citizens</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="121" />
            <source>Borger → jobordrer og virksomheder</source>
            <translation>Citizen → job orders and companies</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="125" />
            <source>Åbne og i gang</source>
            <translation>Open and in progress</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="126" />
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="136" />
            <source>Matchresultater</source>
            <translation>Match results</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="137" />
            <source>Forløb (pipeline)</source>
            <translation>Placements (pipeline)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="144" />
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="376" />
            <source>Vælg en jobordre til venstre for at se de bedste borgere.</source>
            <translation>Select a job order on the left to see the best-matching citizens.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="148" />
            <source> point</source>
            <translation> points</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="153" />
            <source>ingen grænse</source>
            <translation>no limit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="159" />
            <source>Vis udelukkede</source>
            <translation>Show excluded</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="161" />
            <source>Vis også dem et hårdt krav udelukker (grå, med årsagen)</source>
            <translation>Also show those excluded by a hard requirement (grey, with the reason)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="169" />
            <source>Jobordrer og virksomheder</source>
            <translation>Job orders and companies</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="170" />
            <source>Kun jobordrer</source>
            <translation>Job orders only</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="171" />
            <source>Kun virksomheder uden jobordre</source>
            <translation>Only companies without job orders</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="174" />
            <source>Min. score</source>
            <translation>Min. score</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="174" />
            <source>Maks. afstand</source>
            <translation>Max. distance</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="175" />
            <source>Antal</source>
            <translation>Top</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="179" />
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="213" />
            <source>Vælg en række for at se hele forklaringen og ordningerne.</source>
            <translation>Select a row to see the full explanation and the schemes.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="214" />
            <source>Sammenlign</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="216" />
            <source>Markér to borgere (Ctrl+klik) og sammenlign dem side om side</source>
            <translation>Select two citizens (Ctrl+click) and compare them side by side</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="217" />
            <source>Foreslå …</source>
            <translation>Propose …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="219" />
            <source>Foreslå borgeren med navn til jobordren (kræver samtykke)</source>
            <translation>Propose the citizen by name for the job order (requires consent)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="220" />
            <source>Start forløb …</source>
            <translation>Start placement …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="277" />
            <source>Vælg et forløb.</source>
            <translation>Select a placement.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="280" />
            <source>Åbn / redigér …</source>
            <translation>Open / edit …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="281" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="282" />
            <source>Afslut …</source>
            <translation>Complete …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="283" />
            <source>Afbryd …</source>
            <translation>Stop early …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="284" />
            <source>Aflys …</source>
            <translation>Cancel placement …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="285" />
            <source>Udskriv resumé …</source>
            <translation>Print summary …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="287" />
            <source>VITAS-oplysninger …</source>
            <translation>VITAS information …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="374" />
            <source>Søg borger (navn, nr., postnr., stilling) …</source>
            <translation>Search citizen (name, no., postcode, occupation) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="377" />
            <source>Vælg en borger til venstre for at se de bedste jobordrer og virksomheder.</source>
            <translation>Select a citizen on the left to see the best-matching job orders and companies.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="421" />
            <source>— ingen kontrol —</source>
            <translation>— no check —</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="449" />
            <source>{n} resultater; {x} udelukkede vist. Gennemgået i detaljer: {s} (forudvalgt i databasen: {p}).</source>
            <translation>{n} results; {x} excluded shown. Examined in detail: {s} (pre-selected in the database: {p}).</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="454" />
            <source>Ingen resultater med de valgte filtre.</source>
            <translation>No results with the selected filters.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="472" />
            <source>start {d}</source>
            <translation>start {d}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="474" />
            <source>{h} t/uge</source>
            <translation>{h} h/week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="478" />
            <source>ledig fra {d}</source>
            <translation>available from {d}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="480" />
            <source>ønsker {h} t/uge</source>
            <translation>wants {h} h/week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="484" />
            <source>Krav og ønsker</source>
            <translation>Requirements and wishes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="484" />
            <source>Kan</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="487" />
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="552" />
            <source>Ukendt: </source>
            <translation>Unknown: </translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="545" />
            <source>Udelukket:</source>
            <translation>Excluded:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="549" />
            <source>Afstanden er et skøn (ca.): postnummerets midtpunkt ligger på vandet og er erstattet af kommunens midte.</source>
            <translation>The distance is an estimate (approx.): the postcode's centre point lies in water and has been replaced by the municipality's centre.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="558" />
            <source>Intet samtykke til forslag med navn: kan findes internt, men kun præsenteres anonymt.</source>
            <translation>No consent to named proposals: can be found internally, but may only be presented anonymously.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="565" />
            <source>Ordninger pr. {d}</source>
            <translation>Schemes as of {d}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="603" />
            <source>Foreslået til jobordren (score {s}); forklaringen er gemt i formidlingsloggen.</source>
            <translation>Proposed for the job order (score {s}); the explanation has been saved in the recruitment log.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="640" />
            <source>Fra match: score {s} – {e}</source>
            <translation>From match: score {s} – {e}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="676" />
            <source>Forløbet er gemt som {s}.</source>
            <translation>The placement has been saved as {s}.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="700" />
            <source> ✗ En kontrol fejlede ved seneste gem: kan ikke startes, før den er rettet.</source>
            <translation> ✗ A check failed at the last save: cannot be started until it has been fixed.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="710" />
            <source>✗ fejler: </source>
            <translation>✗ fails: </translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="747" />
            <source>Et afsluttet forløb kan ikke ændres</source>
            <translation>A completed placement cannot be changed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="770" />
            <source>Resumé af forløb</source>
            <translation>Placement summary</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="771" />
            <source>Underskrives af borger, virksomhed og jobcenter. Indeholder personoplysninger.</source>
            <translation>To be signed by the citizen, the company and the jobcentre. Contains personal data.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="166" />
            <source>Vis for hver borger, om ordningen kan bevilges på startdatoen</source>
            <translation>Show for each citizen whether the scheme can be granted on the start date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/matching.py" line="543" />
            <source>point</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>points</translation>
        </message>
    </context>
    <context>
        <name>MediationDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="264" />
            <source>Formidling</source>
            <translation>Recruitment step</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="273" />
            <source>Skridt</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="275" />
            <source>Søg kandidat: navn eller nummer (K-1234) …</source>
            <translation>Search candidate: name or number (K-1234) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="276" />
            <source>Kandidat</source>
            <translation>Candidate</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="280" />
            <source>Bemærkning/resultat</source>
            <translation>Comment/outcome</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="295" />
            <source>samtykke</source>
            <translation>consent</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="295" />
            <source>intet samtykke</source>
            <translation>no consent</translation>
        </message>
    </context>
    <context>
        <name>OccupationPicker</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="48" />
            <source>Søg stillingsbetegnelse eller DISCO-kode …</source>
            <translation>Search job title or DISCO code …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="49" />
            <source>Søger i titlerne i stillingslisten (DISCO-08) og i koderne, fx «7212» eller «weld».</source>
            <translation>Searches the titles in the occupation list (DISCO-08) and the codes, e.g. «7212» or «weld».</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="90" />
            <source>Valgt: &lt;b&gt;{code} {title}&lt;/b&gt;</source>
            <translation>Selected: &lt;b&gt;{code} {title}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="93" />
            <source>Valgt: {code} (ukendt kode)</source>
            <translation>Selected: {code} (unknown code)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="95" />
            <source>Ingen stillingskode valgt</source>
            <translation>No occupation code selected</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="172" />
            <source>Søg stilling eller DISCO-kode, fx «svejs» eller 7212</source>
            <translation>Search occupation or DISCO code, e.g. «weld» or 7212</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="184" />
            <source>Flyt op (højere prioritet)</source>
            <translation>Move up (higher priority)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="186" />
            <source>Flyt ned</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="187" />
            <source>Fjern</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="53" />
            <source>{n} side(r)</source>
            <translation>{n} page(s)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="54" />
            <source>Gem som PDF …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="56" />
            <source>Udskriv …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="58" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="81" />
            <source>Gem PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="83" />
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Kan ikke gemme</source>
            <translation type="vanished">Cannot save</translation>
        </message>
        <message>
            <source>Filen kunne ikke gemmes: {error}</source>
            <translation type="vanished">The file could not be saved: {error}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="110" />
            <source>Kan ikke udskrive</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/pdf_preview.py" line="111" />
            <source>Printeren kunne ikke startes.</source>
            <translation>The printer could not be started.</translation>
        </message>
    </context>
    <context>
        <name>PlacementDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="73" />
            <source>Redigér forløb</source>
            <translation>Edit placement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="73" />
            <source>Start forløb</source>
            <translation>Start placement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="102" />
            <source>★ = ordning jobordren tillader</source>
            <translation>★ = scheme the job order allows</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="103" />
            <source>Ordning</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="106" />
            <source>Borgerens målgruppe på startdatoen</source>
            <translation>The citizen's target group on the start date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="107" />
            <source> (ukendt)</source>
            <translation> (unknown)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="110" />
            <source>Målgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Længst muligt</source>
            <translation type="vanished">Longest possible</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="114" />
            <source>Længst</source>
            <translation>Longest</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="116" />
            <source>Sæt planlagt slut til den længste varighed reglerne tillader</source>
            <translation>Set the planned end to the longest duration the rules allow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="118" />
            <source>til</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="124" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="127" />
            <source>Timer pr. uge</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="129" />
            <source>— vælg P-nummer —</source>
            <translation>— choose P-number —</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="132" />
            <source>Arbejdssted</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="134" />
            <source>— ingen valgt —</source>
            <translation>— none selected —</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="136" />
            <source> – tillidsrepræsentant</source>
            <translation> – employee representative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="138" />
            <source>Vejleder</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="141" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="143" />
            <source>Formål med forløbet (fx afklaring, oplæring, vej mod job)</source>
            <translation>Purpose of the placement (e.g. assessment, training, path to a job)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="145" />
            <source>Formål</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="147" />
            <source>Ét læringsmål pr. linje</source>
            <translation>One learning objective per line</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="149" />
            <source>Læringsmål</source>
            <translation>Learning objectives</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="151" />
            <source>dd-mm-åååå tekst – én opfølgning pr. linje</source>
            <translation>dd-mm-yyyy text – one follow-up per line</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="153" />
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="317" />
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="155" />
            <source>Merbeskæftigelse (løntilskud)</source>
            <translation>Additional employment (wage subsidy)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="158" />
            <source>Navn og rolle hos arbejdsgiveren</source>
            <translation>Name and role at the employer</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="161" />
            <source>Fx: Stillingen er ny; ingen er afskediget de seneste 3 måneder</source>
            <translation>E.g.: The position is new; no one has been dismissed in the last 3 months</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="163" />
            <source>Ukendt</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="163" />
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="163" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="165" />
            <source>Erklæring fra</source>
            <translation>Declaration by</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="166" />
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="178" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="167" />
            <source>Erklæring</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="168" />
            <source>Ledig pga. afsked/opsigelse
inden for 3 måneder?</source>
            <translation>Vacancy due to dismissal/resignation
within 3 months?</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="172" />
            <source>Udtalelse fra medarbejderrepræsentant</source>
            <translation>Statement from employee representative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="177" />
            <source>Givet af</source>
            <translation>Given by</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="179" />
            <source>Udtalelse</source>
            <translation>Statement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="209" />
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="363" />
            <source>Kontrollerer …</source>
            <translation>Checking …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="212" />
            <source>VITAS-oplysninger …</source>
            <translation>VITAS information …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="217" />
            <source>Kontrol af regler før besøget</source>
            <translation>Rule check before the visit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="221" />
            <source>✓ opfyldt · ✗ ikke opfyldt · ? ukendt · i oplysning. Kontrollen samler oplysninger og er ikke en juridisk afgørelse.</source>
            <translation>✓ met · ✗ not met · ? unknown · i information. The check gathers information and is not a legal decision.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="239" />
            <source>Gem som planlagt</source>
            <translation>Save as planned</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="241" />
            <source>Gem og start (aktiv)</source>
            <translation>Save and start (active)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="243" />
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="250" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="357" />
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="402" />
            <source>Ret formularen for at se kontrollen.</source>
            <translation>Correct the form to see the check.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="377" />
            <source>✗ {n} kontrol(ler) fejler – forløbet kan kun gemmes som planlagt.</source>
            <translation>✗ {n} check(s) fail – the placement can only be saved as planned.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="381" />
            <source>? {n} kontrol(ler) kan ikke afgøres endnu – indhent oplysningerne før start.</source>
            <translation>? {n} check(s) cannot be decided yet – obtain the information before the start.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="385" />
            <source>✓ Alle kontroller er opfyldt.</source>
            <translation>✓ All checks are met.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="390" />
            <source>En kontrol fejler: kun planlagt er muligt</source>
            <translation>A check fails: only planned is possible</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="87" />
            <source>offentlig</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>public</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="87" />
            <source>privat</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>private</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="88" />
            <source>arbejdsgiver</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>employer</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_dialog.py" line="392" />
            <source>Forløbet starter først {d}</source>
            <translation>The placement does not start until {d}</translation>
        </message>
    </context>
    <context>
        <name>PlacementStatusDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_status_dialog.py" line="43" />
            <source>{label}: {old} → {new}</source>
            <translation>{label}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_status_dialog.py" line="59" />
            <source>Faktisk slut</source>
            <translation>Actual end</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_status_dialog.py" line="60" />
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_status_dialog.py" line="62" />
            <source>Årsag</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/placement_status_dialog.py" line="62" />
            <source>Bemærkning</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="211" />
            <source>Forhåndsvisning</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="212" />
            <source>En prøvekørsel: intet er gemt endnu.</source>
            <translation>A trial run: nothing has been saved yet.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="214" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="239" />
            <source>Importér</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="220" />
            <source>Importér intet, hvis blot én række afvises</source>
            <translation>Import nothing if even one row is rejected</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="229" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="218" />
            <source>Række</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="230" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="219" />
            <source>Felt</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="231" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="220" />
            <source>Årsag</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="244" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="228" />
            <source>Gem rapport (JSON) …</source>
            <translation>Save report (JSON) …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="247" />
            <source>Målgrupper læses pr.</source>
            <translation>Read target groups as of</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="270" />
            <source>(hele rækken)</source>
            <translation>(whole row)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="279" />
            <source>Kontrollerer filen …</source>
            <translation>Checking the file …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="298" />
            <source>{rows} rækker: {new} nye borgere, {updated} opdateres, {rejected} afvises.</source>
            <translation>{rows} rows: {new} new citizens, {updated} to be updated, {rejected} to be rejected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="303" />
            <source>Målgrupper der ikke kunne genkendes: {texts}</source>
            <translation>Target groups that could not be recognised: {texts}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="307" />
            <source>Målgrupper læst som: {pairs}</source>
            <translation>Target groups read as: {pairs}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="311" />
            <source>Dubletter i filen (rækker): {groups}</source>
            <translation>Duplicates in the file (rows): {groups}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="314" />
            <source>Intet importeres, fordi rækker afvises og «importér intet» er valgt.</source>
            <translation>Nothing will be imported, because rows are rejected and «import nothing» is selected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="323" />
            <source>Filen kunne ikke kontrolleres.</source>
            <translation>The file could not be checked.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="338" />
            <source>Gem importrapport</source>
            <translation>Save import report</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="340" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="212" />
            <source>Eksempel</source>
            <translation>Example</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="213" />
            <source>Sådan vil importen gå. Intet er gemt endnu.</source>
            <translation>This is how the import will go. Nothing has been saved yet.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="226" />
            <source>Importér kun, hvis ingen rækker afvises</source>
            <translation>Import only if no rows are rejected</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="249" />
            <source>Rækker der beskriver det samme: {g}</source>
            <translation>Rows that describe the same thing: {g}</translation>
        </message>
    </context>
    <context>
        <name>ProposeDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/match_dialogs.py" line="65" />
            <source>Foreslå kandidat</source>
            <translation>Propose candidate</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/match_dialogs.py" line="67" />
            <source>Foreslå &lt;b&gt;{name}&lt;/b&gt; til jobordren &lt;b&gt;{job}&lt;/b&gt;?&lt;br&gt;Forklaringen (score {score}) gemmes i jobordrens formidlingslog.</source>
            <translation>Propose &lt;b&gt;{name}&lt;/b&gt; for the job order &lt;b&gt;{job}&lt;/b&gt;?&lt;br&gt;The explanation (score {score}) will be saved in the job order's recruitment log.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/match_dialogs.py" line="73" />
            <source>Bemærkning til loggen (valgfri)</source>
            <translation>Comment for the log (optional)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/match_dialogs.py" line="77" />
            <source>Foreslå</source>
            <translation>Propose</translation>
        </message>
    </context>
    <context>
        <name>RequirementsEditor</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="105" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="105" />
            <source>Krav</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="105" />
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="106" />
            <source>Skal</source>
            <translation>Must</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="117" />
            <source>Tilføj krav</source>
            <translation>Add requirement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="118" />
            <source>Fjern valgte</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/job_order_dialog.py" line="154" />
            <source>Skal-krav (ellers et ønske)</source>
            <translation>Must-have requirement (otherwise a nice-to-have)</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="365" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="258" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="371" />
            <source>Annullér import</source>
            <translation>Cancel import</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="395" />
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="276" />
            <source>Importerer …</source>
            <translation>Importing …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="416" />
            <source>Afbryder …</source>
            <translation>Cancelling …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="432" />
            <source>Færdig: {new} nye borgere, {updated} opdateret, {rejected} rækker afvist.</source>
            <translation>Finished: {new} new citizens, {updated} updated, {rejected} rows rejected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="437" />
            <source>Intet importeret: rækker blev afvist.</source>
            <translation>Nothing imported: rows were rejected.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/candidate_import_wizard.py" line="445" />
            <source>Importen mislykkedes. Intet er gemt.</source>
            <translation>The import failed. Nothing has been saved.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_import_wizard.py" line="262" />
            <source>Gem rapport (JSON) …</source>
            <translation>Save report (JSON) …</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="241" />
            <source>Skift status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="244" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="245" />
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/company_records.py" line="246" />
            <source>Begrundelse</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>StrategyDialogs</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="172" />
            <source>Tilføj række</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="173" />
            <source>Fjern markeret række</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Remove selected row</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="224" />
            <source>OK</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="225" />
            <source>Annullér</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="260" />
            <source>Nyt fokusområde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="260" />
            <source>Ret fokusområde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="272" />
            <source>Navn</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="273" />
            <source>Rækkefølge</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="274" />
            <source>Farve</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="278" />
            <source>(automatisk)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(automatic)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="284" />
            <source>Vælg farve</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Choose colour</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="313" />
            <source>Ny indikator</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="313" />
            <source>Ret indikator</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="325" />
            <source>(vælg måling)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(choose measure)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="330" />
            <source>(alle ordninger)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(all schemes)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="352" />
            <source>Hvorfor ændres mål eller grænser? (gemmes i historikken)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Why are targets or limits being changed? (saved in the history)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="354" />
            <source>Enhed</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="355" />
            <source>Retning</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="356" />
            <source>Kilde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="357" />
            <source>Måling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Measurement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="358" />
            <source>Opdeling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Breakdown</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="360" />
            <source>Periode</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="361" />
            <source>Udgangspunkt</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="362" />
            <source>Fra periode</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>From period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="362" />
            <source>Mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="362" />
            <source>Gul-grænse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Amber limit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="363" />
            <source>Værdi</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="363" />
            <source>Kilde/note</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Source/note</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="373" />
            <source>Måltal (gælder fra perioden og frem til næste måltal)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Targets (each applies from its period until the next target)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="376" />
            <source>Målinger</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Measurements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="381" />
            <source>Begrundelse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="399" />
            <source>Målinger (beregnes fra CRM – kan ikke rettes her)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Measurements (computed from the CRM – cannot be edited here)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="504" />
            <source>Ny milepæl</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="504" />
            <source>Ret milepæl</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="511" />
            <source>(intet bestemt mål)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(no specific goal)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="518" />
            <source>Milepæl</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="519" />
            <source>Frist</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="521" />
            <source>Status</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="522" />
            <source>Nået den</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reached on</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="548" />
            <source>Ny arbejdsgruppe</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="548" />
            <source>Ret arbejdsgruppe</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="555" />
            <source>Ét medlem pr. linje</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>One member per line</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="558" />
            <source>Formand</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="559" />
            <source>Medlemmer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="582" />
            <source>Ny indsats</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New initiative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="582" />
            <source>Ret indsats</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit initiative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="589" />
            <source>(ingen arbejdsgruppe)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(no working group)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Opgave</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Ansvarlig</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="605" />
            <source>Udført</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="608" />
            <source>ja</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="610" />
            <source>Titel</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="611" />
            <source>Arbejdsgruppe</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="612" />
            <source>Start</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="613" />
            <source>Slut</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="615" />
            <source>Skal flytte målene</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Goals it should move</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="616" />
            <source>Handleplan – opgaver (skriv «ja» i Udført, når den er løst)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Action plan – tasks (type «yes» under Done when a task is completed)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="652" />
            <source>Kortets oplysninger</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Map details</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="660" />
            <source>(intet)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="672" />
            <source>Medarbejder</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Staff member</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="672" />
            <source>Afsnit</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="676" />
            <source>Vision</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="677" />
            <source>Visionsår</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Vision year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="678" />
            <source>Udgangspunkt (status A)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Baseline (status A)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="679" />
            <source>Ejer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="681" />
            <source>Periode fra</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="682" />
            <source>Periode til</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Period to</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="683" />
            <source>Mindst antal ambassadører pr. afsnit</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Minimum number of ambassadors per section</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="684" />
            <source>Ambassadører</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Ambassadors</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="716" />
            <source>Ret kortets oplysninger</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit map details</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="727" />
            <source>Nyt strategikort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="733" />
            <source>Start med fire fokusområder: virksomhedskontakt, borgerkontakt, internt og tværgående samarbejde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Start with four focus areas: company contact, citizen contact, internal and cross-sector cooperation</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="756" />
            <source>Giv kortet en titel.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Give the map a title.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="780" />
            <source>Nyt kort fra skabelon</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New map from template</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="798" />
            <source>Kortet starter i år</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>The map starts in year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="800" />
            <source>Skabeloner (eksempler – tekster og tal er opdigtede og skal tilpasses):</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Templates (examples – texts and figures are fictitious and must be adapted):</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="832" />
            <source>Udskriv strategikort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Print strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="834" />
            <source>A3 liggende (plakat til væggen)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>A3 landscape (wall poster)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="835" />
            <source>A4 liggende (uddeling)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>A4 landscape (handout)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="836" />
            <source>Med briefingsider: indikatorer med grafer, milepæle, handleplaner og ambassadører</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>With briefing pages: indicators with charts, milestones, action plans and ambassadors</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="841" />
            <source>Vis udskrift…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="842" />
            <source>Gem som PDF…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="843" />
            <source>Luk</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="850" />
            <source>Papir</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="65" />
            <source>Måned</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="65" />
            <source>Kvartal</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="65" />
            <source>År</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="66" />
            <source>Højere er bedre</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Higher is better</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="66" />
            <source>Lavere er bedre</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Lower is better</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="67" />
            <source>Manuel indtastning</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Manual entry</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="68" />
            <source>Beregnet fra CRM (live)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Computed from the CRM (live)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="69" />
            <source>Importeret (fx jobindsats.dk)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Imported (e.g. jobindsats.dk)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="70" />
            <source>Planlagt</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="70" />
            <source>Nået</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reached</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="71" />
            <source>Ikke nået</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Missed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="73" />
            <source>I gang</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="74" />
            <source>Afsluttet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="74" />
            <source>Stoppet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Stopped</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="75" />
            <source>Kladde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="75" />
            <source>Aktiv</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="76" />
            <source>Arkiveret</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>StrategyEditor</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="81" />
            <source>Tilføj mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Add goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="101" />
            <source>Slet mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="141" />
            <source>Tilføj pil</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Add arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="158" />
            <source>Slet pil</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="303" />
            <source>Slet {n} mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete {n} goals</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="312" />
            <source>Flyt mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Move goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="318" />
            <source>Skub mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Nudge goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="327" />
            <source>Ret målets tekst</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit goal text</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="327" />
            <source>Ret mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="336" />
            <source>Ryd op i layout</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Tidy up layout</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="353" />
            <source>Slet pile</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete arrows</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/commands.py" line="363" />
            <source>Slet markering</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete selection</translation>
        </message>
    </context>
    <context>
        <name>StrategyPanels</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="143" />
            <source>Vælg en indikator for at se dens udvikling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Select an indicator to see its trend</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="150" />
            <source>ingen målinger endnu</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>no measurements yet</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="159" />
            <source>Måling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Measurement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="162" />
            <source>Trafiklys</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Traffic light</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="166" />
            <source>Mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="170" />
            <source>Gul-grænse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Amber limit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="250" />
            <source>Hvorfor ændres målet? (gemmes i historikken)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Why is the goal being changed? (saved in the history)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="251" />
            <source>Gem ændringer i målet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Save changes to goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="254" />
            <source>Tekst</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="255" />
            <source>Ejer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="256" />
            <source>Fokusområde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="257" />
            <source>Delmål af</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Sub-goal of</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="258" />
            <source>Begrundelse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="263" />
            <source>Nyt delmål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New sub-goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="264" />
            <source>Slet mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="270" />
            <source>Indikatorer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="275" />
            <source>Ny indikator…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New indicator…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="276" />
            <source>Ret…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="277" />
            <source>Slet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="285" />
            <source>Pile (årsag → virkning)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Arrows (cause → effect)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="291" />
            <source>Tilføj pil</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Add arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="292" />
            <source>Slet markeret pil</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete selected arrow</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="293" />
            <source>Fører til:</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Leads to:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="302" />
            <source>Milepæle og indsatser</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Milestones and initiatives</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="306" />
            <source>Ny milepæl…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New milestone…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="307" />
            <source>Ny indsats…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New initiative…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="313" />
            <source>Historik (revisioner)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>History (revisions)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="352" />
            <source>Delmål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Sub-goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="359" />
            <source>(hovedmål)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>(main goal)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="393" />
            <source>mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="407" />
            <source>visionen</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>the vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="411" />
            <source>Visionen</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>The vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="431" />
            <source>Ingen milepæle eller indsatser knyttet til målet.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No milestones or initiatives are linked to this goal.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="439" />
            <source>Ingen ændringer registreret.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No changes recorded.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="516" />
            <source>Slet indikator</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="552" />
            <source>Mål fra</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Target from</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="553" />
            <source>gul</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>amber</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="555" />
            <source>Beregnes fra CRM</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Computed from the CRM</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="589" />
            <source>Ny…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="630" />
            <source>Ret kortets oplysninger og ambassadører…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit map details and ambassadors…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="640" />
            <source>Fokusområder</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Focus areas</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="644" />
            <source>Slet fokusområde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="646" />
            <source>Milepæle</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="651" />
            <source>Slet milepæl</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete milestone</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="653" />
            <source>Arbejdsgrupper</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Working groups</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="658" />
            <source>Slet arbejdsgruppe</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete working group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="660" />
            <source>Indsatser (handleplaner)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Initiatives (action plans)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="665" />
            <source>Slet indsats</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete initiative</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="689" />
            <source>Intet strategikort åbent.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No strategy map open.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="698" />
            <source>Vision</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Vision</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="699" />
            <source>Periode</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="702" />
            <source>Udgangspunkt</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="712" />
            <source>flere</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>more</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="715" />
            <source>Ingen advarsler.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No warnings.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/panels.py" line="727" />
            <source>ingen gruppe</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>no group</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="70" />
            <source>Planlagt</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="70" />
            <source>Nået</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reached</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="71" />
            <source>Ikke nået</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Missed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="73" />
            <source>I gang</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="74" />
            <source>Afsluttet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/strategy_map/dialogs.py" line="74" />
            <source>Stoppet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Stopped</translation>
        </message>
    </context>
    <context>
        <name>StrategyTab</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="119" />
            <source>Fortryd</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="121" />
            <source>Gentag</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="124" />
            <source>Gem</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="126" />
            <source>Nyt mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="128" />
            <source>Nyt fokusområde…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New focus area…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="129" />
            <source>Slet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="130" />
            <source>Ryd op</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Tidy up</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="131" />
            <source>Automatisk layout efter fokusområde og pilenes rækkefølge</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Automatic layout by focus area and the order of the arrows</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="132" />
            <source>Zoom ind</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="134" />
            <source>Zoom ud</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="136" />
            <source>Tilpas</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="138" />
            <source>Opdatér målinger</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Update measurements</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="139" />
            <source>Genberegn de live indikatorer fra CRM-data</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Recalculate the live indicators from CRM data</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="140" />
            <source>Udskriv…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="142" />
            <source>Eksportér JSON…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="143" />
            <source>Nyt tomt kort…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New blank map…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="144" />
            <source>Nyt kort fra skabelon…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New map from template…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="145" />
            <source>Importér JSON…</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Import JSON…</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="157" />
            <source>Nyt kort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>New map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="162" />
            <source>Strategikort:</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Strategy map:</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="200" />
            <source>Måned</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="200" />
            <source>Kvartal</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="201" />
            <source>År</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="206" />
            <source>Indikatorer målt pr.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Indicators measured by</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="208" />
            <source>Farve: trafiklys for perioden. Manuelle tal kan rettes direkte i cellen; beregnede tal kommer fra CRM.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Colour: traffic light for the period. Manual figures can be edited directly in the cell; computed figures come from the CRM.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="217" />
            <source>Kort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="218" />
            <source>Tidslinje</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="219" />
            <source>Indikatorer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="220" />
            <source>Status for ledelsen</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Status for management</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="312" />
            <source>Ikke gemte ændringer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="313" />
            <source>Kortet har ændringer, der ikke er gemt. Vil du gemme dem først?</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>The map has unsaved changes. Do you want to save them first?</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="317" />
            <source>Kassér ændringer</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="318" />
            <source>Annullér</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="388" />
            <source>Beregner målinger …</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Calculating measurements …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="415" />
            <source>{n} live indikatorer beregnet · {c} målinger ændret</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>{n} live indicators calculated · {c} measurements changed</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="435" />
            <source>Gemmer …</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Saving …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="446" />
            <source>Gemt.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="455" />
            <source>Kortet er ændret af en anden</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>The map has been changed by someone else</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="457" />
            <source>Du kan hente den gemte version (dine ændringer kasseres) eller gemme dine ændringer som et nyt kort.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>You can load the saved version (your changes are discarded) or save your changes as a new map.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="459" />
            <source>Genindlæs deres version</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Reload their version</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="461" />
            <source>Gem mine som nyt kort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Save mine as a new map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="484" />
            <source>Kortet «{t}» er oprettet.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>The map «{t}» has been created.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="521" />
            <source>Importér strategikort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Import strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="522" />
            <source>Strategikort (*.json);;Alle filer (*)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Strategy maps (*.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="532" />
            <source>Eksportér strategikort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Export strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="534" />
            <source>Strategikort (*.json)</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Strategy maps (*.json)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="539" />
            <source>Eksporteret til {p}</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Exported to {p}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="555" />
            <source>Laver PDF …</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Creating PDF …</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="565" />
            <source>Gem strategikort som PDF</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Save strategy map as PDF</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="579" />
            <source>Gemt som {p}</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Saved as {p}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="597" />
            <source>Vis udskrift – strategikort</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Print preview – strategy map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="669" />
            <source>Rettet direkte på kortet</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edited directly on the map</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="727" />
            <source>Ret måling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Edit measurement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="771" />
            <source>Ingen strategikort endnu – opret et fra en skabelon.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No strategy maps yet – create one from a template.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="777" />
            <source>Pr.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="781" />
            <source>rød</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>red</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="782" />
            <source>gul</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>amber</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="783" />
            <source>grøn</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>green</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="784" />
            <source>uden måling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>not measured</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Fokusområde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Focus area</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Mål</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Indikator</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="789" />
            <source>Periode</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="790" />
            <source>Måling</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Measurement</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="790" />
            <source>Gul-grænse</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Amber limit</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="803" />
            <source>Ingen indikatorer er røde eller gule.</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>No indicators are red or amber.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="808" />
            <source>Milepæle der kræver opmærksomhed</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Milestones that need attention</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/tabs/strategy.py" line="814" />
            <source>Advarsler</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Warnings</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="83" />
            <source>Tilføj</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="84" />
            <source>Fjern valgte</source>
            <translation>Remove selected</translation>
        </message>
    </context>
    <context>
        <name>TargetGroupChooser</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="297" />
            <source>Pr. dato</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="336" />
            <source>(ingen målgruppe)</source>
            <translation>(no target group)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="341" />
            <source>{group} (nuværende)</source>
            <translation>{group} (current)</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="353" />
            <source>Verificeret mod lovteksten.</source>
            <translation>Verified against the statute.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="354" />
            <source>Ikke verificeret mod lovteksten – kontrollér før afgørelser.</source>
            <translation>Not verified against the statute – check before making decisions.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="365" />
            <source>Den nuværende målgruppe {code} tilbydes ikke pr. {day}.</source>
            <translation>The current target group {code} is not offered as of {day}.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="368" />
            <source>Efter omregningstabellen svarer den til {new} – {name}{mark}.</source>
            <translation>According to the conversion table it corresponds to {new} – {name}{mark}.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="373" />
            <source>Målgrupperne pr. {day} er ikke indlæst endnu. En administrator kan indlæse dem, når loven er vedtaget.</source>
            <translation>The target groups as of {day} have not been loaded yet. An administrator can load them once the act has been passed.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="378" />
            <source>Ikke verificeret: {code} bygger på {source}</source>
            <translation>Not verified: {code} is based on {source}</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/widgets/candidate_fields.py" line="355" />
            <source>Kilde</source>
            <extracomment>Looked up at run time in this context, which lupdate cannot see (tr() helper, tr() inside an f-string, or tr(variable) over a table); lupdate marks it vanished, but it must stay finished or the English UI shows Danish here.</extracomment>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>VitasDialog</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/vitas_dialog.py" line="44" />
            <source>Alle oplysninger er klar.</source>
            <translation>All information is ready.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/vitas_dialog.py" line="45" />
            <source>{n} oplysning(er) mangler og skal indhentes før ansøgningen.</source>
            <translation>{n} item(s) of information are missing and must be obtained before the application.</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/vitas_dialog.py" line="48" />
            <source>Kopiér som tekst</source>
            <translation>Copy as text</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/vitas_dialog.py" line="50" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>VitasModel</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="244" />
            <source>Afsnit</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="245" />
            <source>Oplysning</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="246" />
            <source>Værdi</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="246" />
            <source>mangler</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/models/match_models.py" line="247" />
            <source>Bemærkning</source>
            <translation>Comment</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/messages.py" line="28" />
            <source>Kan ikke udføres</source>
            <translation>Cannot be done</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/messages.py" line="34" />
            <source>Uventet fejl</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../jobcenter_desktop/ui/dialogs/messages.py" line="35" />
            <source>Beklager, der opstod en uventet fejl. Programmet kører videre.
Detaljer er gemt i logfilen:
{path}</source>
            <translation>Sorry, an unexpected error occurred. The program will continue.
Details have been saved in the log file:
{path}</translation>
        </message>
    </context>
</TS>
