import { Button } from "../../../components/button";
import { Loading } from "../../../components/loading";
import { useCatalog } from "../api/get-catalog";

/** The topic areas of one role's path, as the server's curriculum describes them. */
export function TopicAreas({ roleId, headingId }: { roleId: string; headingId: string }) {
  const catalog = useCatalog();

  if (catalog.isPending) return <Loading label="Loading topic areas…" />;
  if (catalog.isError)
    return (
      <div className="notice notice--error" role="alert">
        <p>The topic areas could not be loaded. {catalog.error.message}</p>
        <Button variant="secondary" onClick={() => void catalog.refetch()}>
          Try again
        </Button>
      </div>
    );

  const role = catalog.data.roles.find((r) => r.id === roleId) ?? catalog.data.roles[0];
  if (!role || role.areas.length === 0) return <p className="muted">No topic areas are installed on this server yet.</p>;

  return (
    <>
      <p className="section__intro">{role.summary}</p>
      <ul className="area-grid" aria-labelledby={headingId}>
        {role.areas.map((area) => (
          <li key={area.id} className="area-card">
            <h3 className="area-card__title">{area.title}</h3>
            <p className="area-card__summary">{area.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
