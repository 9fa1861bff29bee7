import { graphql } from '../../../gql';

export const PdlContactsQuery = graphql(`
  query PdlContacts($offset: Int, $limit: Int) {
    pdlContacts(offset: $offset, limit: $limit) {
      total
      items {
        id
        contactOn
        channel
        personType
        subject
        purpose
        recordedByLogin
      }
    }
  }
`);

export const RecordPdlContactMutation = graphql(`
  mutation RecordPdlContact($input: PdlContactInput!) {
    recordPdlContact(input: $input)
  }
`);

export const PdlControlBatchesQuery = graphql(`
  query PdlControlBatches($offset: Int, $limit: Int) {
    pdlControlBatches(offset: $offset, limit: $limit) {
      total
      items {
        id
        fileName
        receivedOn
        importedByLogin
        addresses
        filedAfterContact
      }
    }
  }
`);

export const ImportPdlControlBatchMutation = graphql(`
  mutation ImportPdlControlBatch($input: PdlControlImportInput!) {
    importPdlControlBatch(input: $input) {
      imported
      lines
      errors {
        line
        message
      }
    }
  }
`);
