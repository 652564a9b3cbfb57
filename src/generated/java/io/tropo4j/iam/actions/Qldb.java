// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon QLDB (prefix {@code qldb}), as the service authorization reference lists them.
 */
public final class Qldb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "qldb";

  /** {@code qldb:CancelJournalKinesisStream}: Write; on stream. */
  public static final Action CANCEL_JOURNAL_KINESIS_STREAM = Action.of(PREFIX, "CancelJournalKinesisStream");

  /** {@code qldb:CreateLedger}: Write; on ledger. */
  public static final Action CREATE_LEDGER = Action.of(PREFIX, "CreateLedger");

  /** {@code qldb:DeleteLedger}: Write; on ledger. */
  public static final Action DELETE_LEDGER = Action.of(PREFIX, "DeleteLedger");

  /** {@code qldb:DescribeJournalKinesisStream}: Read; on stream. */
  public static final Action DESCRIBE_JOURNAL_KINESIS_STREAM = Action.of(PREFIX, "DescribeJournalKinesisStream");

  /** {@code qldb:DescribeJournalS3Export}: Read; on ledger. */
  public static final Action DESCRIBE_JOURNAL_S3_EXPORT = Action.of(PREFIX, "DescribeJournalS3Export");

  /** {@code qldb:DescribeLedger}: Read; on ledger. */
  public static final Action DESCRIBE_LEDGER = Action.of(PREFIX, "DescribeLedger");

  /** {@code qldb:ExecuteStatement}: Write; on ledger. */
  public static final Action EXECUTE_STATEMENT = Action.of(PREFIX, "ExecuteStatement");

  /** {@code qldb:ExportJournalToS3}: Write; on ledger. */
  public static final Action EXPORT_JOURNAL_TO_S3 = Action.of(PREFIX, "ExportJournalToS3");

  /** {@code qldb:GetBlock}: Read; on ledger. */
  public static final Action GET_BLOCK = Action.of(PREFIX, "GetBlock");

  /** {@code qldb:GetDigest}: Read; on ledger. */
  public static final Action GET_DIGEST = Action.of(PREFIX, "GetDigest");

  /** {@code qldb:GetRevision}: Read; on ledger. */
  public static final Action GET_REVISION = Action.of(PREFIX, "GetRevision");

  /** {@code qldb:InsertSampleData}: Write; on ledger. */
  public static final Action INSERT_SAMPLE_DATA = Action.of(PREFIX, "InsertSampleData");

  /** {@code qldb:ListJournalKinesisStreamsForLedger}: List; on stream. */
  public static final Action LIST_JOURNAL_KINESIS_STREAMS_FOR_LEDGER = Action.of(PREFIX, "ListJournalKinesisStreamsForLedger");

  /** {@code qldb:ListJournalS3Exports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOURNAL_S3_EXPORTS = Action.of(PREFIX, "ListJournalS3Exports");

  /** {@code qldb:ListJournalS3ExportsForLedger}: List; on ledger. */
  public static final Action LIST_JOURNAL_S3_EXPORTS_FOR_LEDGER = Action.of(PREFIX, "ListJournalS3ExportsForLedger");

  /** {@code qldb:ListLedgers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LEDGERS = Action.of(PREFIX, "ListLedgers");

  /** {@code qldb:ListTagsForResource}: Read; on catalog, ledger, stream, table. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code qldb:PartiQLCreateIndex}: Write; on table. */
  public static final Action PARTI_QL_CREATE_INDEX = Action.of(PREFIX, "PartiQLCreateIndex");

  /** {@code qldb:PartiQLCreateTable}: Write; on table. */
  public static final Action PARTI_QL_CREATE_TABLE = Action.of(PREFIX, "PartiQLCreateTable");

  /** {@code qldb:PartiQLDelete}: Write; on table. */
  public static final Action PARTI_QL_DELETE = Action.of(PREFIX, "PartiQLDelete");

  /** {@code qldb:PartiQLDropIndex}: Write; on table. */
  public static final Action PARTI_QL_DROP_INDEX = Action.of(PREFIX, "PartiQLDropIndex");

  /** {@code qldb:PartiQLDropTable}: Write; on table. */
  public static final Action PARTI_QL_DROP_TABLE = Action.of(PREFIX, "PartiQLDropTable");

  /** {@code qldb:PartiQLHistoryFunction}: Read; on table. */
  public static final Action PARTI_QL_HISTORY_FUNCTION = Action.of(PREFIX, "PartiQLHistoryFunction");

  /** {@code qldb:PartiQLInsert}: Write; on table. */
  public static final Action PARTI_QL_INSERT = Action.of(PREFIX, "PartiQLInsert");

  /** {@code qldb:PartiQLRedact}: Write; on table. */
  public static final Action PARTI_QL_REDACT = Action.of(PREFIX, "PartiQLRedact");

  /** {@code qldb:PartiQLSelect}: Read; on catalog, table. */
  public static final Action PARTI_QL_SELECT = Action.of(PREFIX, "PartiQLSelect");

  /** {@code qldb:PartiQLUndropTable}: Write; on table. */
  public static final Action PARTI_QL_UNDROP_TABLE = Action.of(PREFIX, "PartiQLUndropTable");

  /** {@code qldb:PartiQLUpdate}: Write; on table. */
  public static final Action PARTI_QL_UPDATE = Action.of(PREFIX, "PartiQLUpdate");

  /** {@code qldb:SendCommand}: Write; on ledger. */
  public static final Action SEND_COMMAND = Action.of(PREFIX, "SendCommand");

  /** {@code qldb:ShowCatalog}: Write; on ledger. */
  public static final Action SHOW_CATALOG = Action.of(PREFIX, "ShowCatalog");

  /** {@code qldb:StreamJournalToKinesis}: Write; on stream. */
  public static final Action STREAM_JOURNAL_TO_KINESIS = Action.of(PREFIX, "StreamJournalToKinesis");

  /** {@code qldb:TagResource}: Tagging; on catalog, ledger, stream, table. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code qldb:UntagResource}: Tagging; on catalog, ledger, stream, table. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code qldb:UpdateLedger}: Write; on ledger. */
  public static final Action UPDATE_LEDGER = Action.of(PREFIX, "UpdateLedger");

  /** {@code qldb:UpdateLedgerPermissionsMode}: Write; on ledger. */
  public static final Action UPDATE_LEDGER_PERMISSIONS_MODE = Action.of(PREFIX, "UpdateLedgerPermissionsMode");

  private Qldb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
