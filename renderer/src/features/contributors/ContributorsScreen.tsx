import { useCurrentProject } from '../../shell/CurrentProject';
import { useHashRoute } from '../../shell/hashRoute';
import { ContributorDetailView } from './ContributorDetailView';
import { ContributorsList } from './ContributorsList';
import { parseListState, projectIdOf } from './listState';
import './contributors.css';
import './contributorDetail.css';
import './contributorDialogs.css';

/** `#/contributors?…` is the list; `#/contributors/<id>?…` one contributor (the list's query kept). */
export function ContributorsScreen() {
  const { params, query } = useHashRoute();
  const { project } = useCurrentProject();
  const id = Number(params[0]);
  if (params[0] !== undefined && Number.isSafeInteger(id) && id > 0) {
    const listState = parseListState(query);
    return (
      <ContributorDetailView
        key="detail"
        id={id}
        listState={listState}
        projectId={projectIdOf(listState, project?.id) ?? project?.id}
      />
    );
  }
  return <ContributorsList key="list" initialQuery={query} />;
}
