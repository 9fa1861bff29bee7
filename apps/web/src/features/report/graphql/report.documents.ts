import { graphql } from '../../../gql';

export const ReportYearQuery = graphql(`
  query ReportYear($year: Int!) {
    reportYear(year: $year) {
      year
      status
      version
      closedAt
      closedBy
      progress {
        status
        count
      }
      parts {
        id
        position
        title
        chapters {
          id
          position
          title
          directorate
          status
          canWrite
        }
      }
    }
  }
`);

export const ReportChapterQuery = graphql(`
  query ReportChapter($id: ID!) {
    reportChapter(id: $id) {
      id
      year
      title
      directorate
      highlights
      outlook
      status
      reviewComment
      version
      canWrite
    }
    reportChapterFigures(id: $id) {
      key
      label
      unit
      value
      previousValue
      declared
      source
      frozen
    }
  }
`);

export const ReportDriftQuery = graphql(`
  query ReportDrift($year: Int!) {
    reportDrift(year: $year) {
      key
      label
      unit
      frozenValue
      liveValue
      computedAt
      acknowledged
    }
  }
`);

export const OpenReportYearMutation = graphql(`
  mutation OpenReportYear($year: Int!) {
    openReportYear(year: $year) {
      year
    }
  }
`);

export const MoveReportChapterMutation = graphql(`
  mutation MoveReportChapter($id: ID!, $partId: ID!, $position: Int!) {
    moveReportChapter(id: $id, partId: $partId, position: $position) {
      year
    }
  }
`);

export const AddReportChapterMutation = graphql(`
  mutation AddReportChapter($partId: ID!, $input: ReportChapterStructureInput!) {
    addReportChapter(partId: $partId, input: $input) {
      year
    }
  }
`);

export const RemoveReportChapterMutation = graphql(`
  mutation RemoveReportChapter($id: ID!) {
    removeReportChapter(id: $id) {
      year
    }
  }
`);

export const RenameReportPartMutation = graphql(`
  mutation RenameReportPart($id: ID!, $title: String!) {
    renameReportPart(id: $id, title: $title) {
      year
    }
  }
`);

export const SaveReportChapterTextMutation = graphql(`
  mutation SaveReportChapterText($id: ID!, $input: ReportChapterTextInput!) {
    saveReportChapterText(id: $id, input: $input) {
      id
      status
      version
      highlights
      outlook
    }
  }
`);

export const SubmitReportChapterMutation = graphql(`
  mutation SubmitReportChapter($id: ID!) {
    submitReportChapter(id: $id) {
      id
      status
      version
    }
  }
`);

export const ReviewReportChapterMutation = graphql(`
  mutation ReviewReportChapter($id: ID!, $decision: ReportReviewDecision!, $comment: String) {
    reviewReportChapter(id: $id, decision: $decision, comment: $comment) {
      id
      status
      version
      reviewComment
    }
  }
`);

export const CloseReportYearMutation = graphql(`
  mutation CloseReportYear($year: Int!, $expectedVersion: Int!) {
    closeReportYear(year: $year, expectedVersion: $expectedVersion) {
      year
      status
      version
    }
  }
`);

export const ReopenReportYearMutation = graphql(`
  mutation ReopenReportYear($year: Int!, $reason: String!) {
    reopenReportYear(year: $year, reason: $reason) {
      year
      status
      version
    }
  }
`);

export const AcknowledgeReportDriftMutation = graphql(`
  mutation AcknowledgeReportDrift($year: Int!, $key: String!) {
    acknowledgeReportDrift(year: $year, key: $key) {
      key
      acknowledged
    }
  }
`);
