import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FormMessage, SubmitButton } from "~/components/ui/Field";
import { formatDate, useT } from "~/i18n";
import { listNotifications, markAllNotificationsRead } from "~/models/notification.server";
import { requireSessionUser } from "~/services/auth.server";
import { safeRedirect } from "~/utils/safe-redirect";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.notifications.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSessionUser(request);
  return {
    items: listNotifications(user.id).map((n) => ({ ...n, link: n.link ? safeRedirect(n.link, "") || null : null })),
    allRead: new URL(request.url).searchParams.has("lest"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireSessionUser(request);
  markAllNotificationsRead(user.id);
  return redirect("/varsler?lest");
}

export default function Notifications() {
  const { items, allRead } = useLoaderData<typeof loader>();
  const t = useT();
  const n = t.notifications;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{n.heading}</h1>
      {allRead ? <FormMessage tone="success">{n.allRead}</FormMessage> : null}
      {items.length === 0 ? (
        <p className="mt-4">{n.empty}</p>
      ) : (
        <>
          <ul className="mt-4 divide-y divide-brand-100 border-y border-brand-100">
            {items.map((item) => (
              <li key={item.id} className="py-3">
                <p>
                  {item.readAt ? null : (
                    <strong className="ds-tag mr-2" data-color="accent" data-size="sm">
                      {n.unread}
                    </strong>
                  )}
                  {n.messages[item.kind](item.params)}
                </p>
                <p className="text-sm text-gray-700">
                  {formatDate(new Date(item.createdAt), t, { dateStyle: "long", timeStyle: "short" })}
                  {item.link ? (
                    <>
                      {" · "}
                      <Link to={item.link} className="inline-block py-2">
                        {n.open}
                      </Link>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
          <Form method="post">
            <SubmitButton>{n.markAllRead}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
