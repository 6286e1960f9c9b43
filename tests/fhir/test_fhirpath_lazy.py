"""fhirpathpy is a run-time dependency of the import command, and is loaded only when an import
meets a FHIRPath expression: starting the application, loading the instruments and importing a
questionnaire without expressions leave it out."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import screening_app.app, screening_app.cli
    from screening_app.instruments.catalog import load_catalog
    from screening_app.instruments.fhir_export import export_questionnaire
    from screening_app.instruments.fhir_import import import_questionnaire

    catalog = load_catalog()
    plain = {"resourceType": "Questionnaire", "status": "draft",
             "item": [{"linkId": "a", "type": "integer", "text": "A"}]}
    import_questionnaire(plain)
    for instrument in catalog.instruments.values():
        import_questionnaire(json.loads(json.dumps(export_questionnaire(instrument))))
    before = "fhirpathpy" in sys.modules
    calculated = {"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
                  "sdc-questionnaire-calculatedExpression",
                  "valueExpression": {
                      "language": "text/fhirpath",
                      "expression": "%resource.item.where(linkId='a').answer.value * 2"}}
    plain["item"].append({"linkId": "b", "type": "integer", "text": "B", "extension": [calculated]})
    import_questionnaire(plain)
    print(before, "fhirpathpy" in sys.modules)
    """
)


def test_fhirpathpy_is_imported_only_when_an_import_needs_it() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
