"""What the notes say: safeguarding concepts in chronology text, with their context.

`analyse_note(text)` and `analyse_notes(texts)` find concepts (bruise and body site,
patterned bruising, petechiae, burn, fracture, head injury, bite, other injury, explanation
absent / inconsistent / changing, mobility, domestic abuse, substance misuse, mental ill
health, neglect, missed appointment, no further action) and label each mention negated,
historical, hypothetical and whom it is about, keeping the character spans of the concept
words and of the words that changed their meaning. Rules are data (data/*.yaml).
"""

from casereview.indicators.notes.analyser import (
    NoteAnalyser,
    analyse_note,
    analyse_notes,
    default_analyser,
)
from casereview.indicators.notes.errors import NoteRulesError
from casereview.indicators.notes.mentions import (
    CARERS,
    EXPERIENCERS,
    BodySite,
    ConceptMention,
    ModifierTrigger,
    NoteAnalysis,
)
from casereview.indicators.notes.rules import NoteRules, load_note_rules

__all__ = [
    "CARERS",
    "EXPERIENCERS",
    "BodySite",
    "ConceptMention",
    "ModifierTrigger",
    "NoteAnalyser",
    "NoteAnalysis",
    "NoteRules",
    "NoteRulesError",
    "analyse_note",
    "analyse_notes",
    "default_analyser",
    "load_note_rules",
]
