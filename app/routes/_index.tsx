import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listProgrammeSummaries } from "~/models/programme.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.home.title, description: t.home.intro }));

export function loader({ request }: LoaderFunctionArgs) {
  return { programmes: listProgrammeSummaries(), accountDeleted: new URL(request.url).searchParams.has("konto-slettet") };
}

export default function Index() {
  const { programmes, accountDeleted } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      {accountDeleted ? <FormMessage tone="success">{t.account.deletedNotice}</FormMessage> : null}
      <h1 className="text-3xl font-bold sm:text-4xl">{t.home.heading}</h1>
      <p className="mt-4 max-w-prose text-lg">{t.home.intro}</p>
      <p className="mt-4">
        <Link to="/partnere" className="font-semibold">
          {t.home.browsePartners}
        </Link>
      </p>

      <h2 className="mt-10 text-2xl font-bold">{t.home.programmesHeading}</h2>
      {programmes.length === 0 ? (
        <p className="mt-4">{t.home.programmesEmpty}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {programmes.map((p) => (
            <li key={p.slug} className="rounded-lg border border-brand-100 p-5">
              <h3 className="text-xl font-semibold">{p.name}</h3>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-medium">{t.home.municipality}</dt>
                <dd>{p.municipality}</dd>
                <dt className="font-medium">{t.home.periodLabel}</dt>
                <dd>{t.home.period(p.periodStart, p.periodEnd)}</dd>
              </dl>
              {p.description ? <p className="mt-3">{p.description}</p> : null}
              <p className="mt-3 font-medium">
                {t.home.partnerCount(p.partnerCount)} · {t.home.initiativeCount(p.initiativeCount)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
