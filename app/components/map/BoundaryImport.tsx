/**
 * The boundary import on an area's admin page (issue 25): the upload form, the preview (which shape
 * matches which area, and the outlines drawn) and the save. The flow is in boundary-action.server.ts.
 */
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT, type Messages } from "~/i18n";
import type { ScopeArea } from "~/models/area-boundary.server";
import { BOUNDARY_PROJECTIONS, type BoundaryProjection } from "~/validation/map";
import type { BoundaryProblem, BoundaryState } from "./boundary-action.server";
import { BOUNDARY_FIELD_IDS } from "./boundary-form";

/** A refusal in words. */
export function boundaryProblemText(t: Messages, problem: BoundaryProblem): string {
  const e = t.admin.boundaryImport.errors;
  const projectionName = (p: BoundaryProjection) => t.admin.boundaryImport.projections[p];
  switch (problem.key) {
    case "notFinite":
    case "ringNotClosed":
    case "ringTooShort":
    case "selfIntersecting":
    case "outOfRange":
      return e[problem.key](problem.feature);
    case "wrongProjection":
      return e.wrongProjection(projectionName(problem.projection));
    case "unknownCrs":
      return e.unknownCrs(problem.name);
    case "crsConflict":
      return e.crsConflict(projectionName(problem.inFile), projectionName(problem.chosen));
    case "nameMissing":
      return e.nameMissing(problem.property, problem.available.join(", "));
    default:
      return e[problem.key];
  }
}

/** For the page's error summary: the refused field and its message. */
export function boundaryFieldProblems(t: Messages, state: BoundaryState | undefined): { id: string; text: string }[] {
  return state && "problem" in state ? [{ id: BOUNDARY_FIELD_IDS[state.field], text: boundaryProblemText(t, state.problem) }] : [];
}

export function BoundaryImport({ scope, state, saved }: { scope: ScopeArea[]; state: BoundaryState | undefined; saved: number | null }) {
  const t = useT();
  const b = t.admin.boundaryImport;
  const m = t.places.map;
  const problem = state && "problem" in state ? { field: state.field, text: boundaryProblemText(t, state.problem) } : null;
  const errorsOf = (field: string) => (problem?.field === field ? [problem.text] : undefined);
  const values = state?.values;
  const preview = state && "preview" in state ? state.preview : null;
  const withOutline = scope.filter((a) => a.hasBoundary).length;
  return (
    <Section heading={b.heading} headingClassName="text-2xl font-bold">
      {saved !== null ? <FormMessage tone="success">{b.saved(saved)}</FormMessage> : null}
      <p className="mt-2 max-w-prose">{b.intro}</p>
      <p className="mt-2 max-w-prose">{b.help}</p>
      <p className="mt-2">{b.current(withOutline)}</p>
      <DataTable caption={b.statusCaption} captionHidden className="mt-2">
        <thead>
          <tr>
            <Th>{m.colArea}</Th>
            <Th>{m.colBoundary}</Th>
          </tr>
        </thead>
        <tbody>
          {scope.map((a) => (
            <tr key={a.id}>
              <Td>{a.name}</Td>
              <Td>{a.hasBoundary ? m.hasBoundary : <strong>{m.noBoundary}</strong>}</Td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      {preview ? (
        <section aria-labelledby="grense-forhandsvisning" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <h3 id="grense-forhandsvisning" className="text-xl font-bold">
            {b.previewHeading}
          </h3>
          <p className="mt-1">{b.previewIntro}</p>
          <DataTable caption={b.previewCaption} className="mt-2">
            <thead>
              <tr>
                <Th>{b.colFeature}</Th>
                <Th>{b.colMatch}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.matches.map((match, i) => (
                <tr key={i}>
                  <Td>{match.label}</Td>
                  <Td>
                    {match.areaName ? (
                      <>
                        {match.areaName} ({b.matchedBy[match.by ?? "name"]}){match.replaces ? <>, {b.replaces}</> : null}
                      </>
                    ) : (
                      <strong>{b.noMatch}</strong>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {preview.drawn ? (
            <svg
              viewBox={preview.drawn.viewBox.join(" ")}
              width="100%"
              role="img"
              aria-label={b.previewCaption}
              className="mt-4 block h-auto max-w-[28rem] bg-white"
            >
              {preview.drawn.areas.map((shape) => (
                <path
                  key={shape.slug}
                  d={shape.d}
                  fill={shape.value > 0 ? "#a9c8ea" : "#ffffff"}
                  stroke="#0b1d33"
                  strokeDasharray={shape.value > 0 ? undefined : "4 3"}
                  strokeWidth={1.2}
                />
              ))}
            </svg>
          ) : null}
          <Form method="post" className="mt-4 flex flex-wrap items-center gap-4">
            <input type="hidden" name="intent" value="saveBoundaries" />
            <input type="hidden" name="draft" value={preview.draftId} />
            <Button>{b.saveButton(Object.keys(Object.fromEntries(preview.matches.filter((x) => x.areaId !== null).map((x) => [x.areaId, 1]))).length)}</Button>
            <Link to="." className="inline-flex min-h-11 items-center">
              {b.cancel}
            </Link>
          </Form>
        </section>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="mt-6">
        <label htmlFor={BOUNDARY_FIELD_IDS.file} className="ds-label block">
          {b.fileLabel}
        </label>
        <p id={`${BOUNDARY_FIELD_IDS.file}-hint`} className="text-sm text-gray-700">
          {b.fileHint}
        </p>
        {problem?.field === "file" ? (
          <p id={`${BOUNDARY_FIELD_IDS.file}-error`} className="mt-1 font-medium text-red-800">
            {problem.text}
          </p>
        ) : null}
        <input
          id={BOUNDARY_FIELD_IDS.file}
          name="file"
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={problem?.field === "file" ? `${BOUNDARY_FIELD_IDS.file}-hint ${BOUNDARY_FIELD_IDS.file}-error` : `${BOUNDARY_FIELD_IDS.file}-hint`}
          aria-invalid={problem?.field === "file" ? true : undefined}
          className="mt-1 block min-h-11 w-full py-2"
        />
        <SelectField
          id={BOUNDARY_FIELD_IDS.projection}
          name="projection"
          label={b.projectionLabel}
          hint={b.projectionHint}
          errors={errorsOf("projection")}
          defaultValue={values?.projection || "EPSG:4326"}
          options={BOUNDARY_PROJECTIONS.map((p) => ({ value: p, label: b.projections[p] }))}
        />
        <TextField id={BOUNDARY_FIELD_IDS.nameProperty} name="nameProperty" label={b.nameLabel} hint={b.nameHint} errors={errorsOf("nameProperty")} defaultValue={values?.nameProperty ?? "navn"} />
        <TextField id={BOUNDARY_FIELD_IDS.source} name="source" label={b.sourceLabel} hint={b.sourceHint} errors={errorsOf("source")} defaultValue={values?.source ?? ""} />
        <TextField id={BOUNDARY_FIELD_IDS.licence} name="licence" label={b.licenceLabel} errors={errorsOf("licence")} defaultValue={values?.licence || "CC BY 4.0"} />
        <SubmitButton>{b.previewButton}</SubmitButton>
      </Form>
    </Section>
  );
}
