// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources;

import java.util.Set;

/** The resource types that hold data, as the specification marks them. */
public final class StatefulTypes {
  private static final Set<String> TYPES = Set.of(
      "AWS::Backup::BackupVault",
      "AWS::CloudFormation::Stack",
      "AWS::Cognito::UserPool",
      "AWS::DocDB::DBCluster",
      "AWS::DocDB::DBInstance",
      "AWS::DynamoDB::GlobalTable",
      "AWS::DynamoDB::Table",
      "AWS::EC2::Volume",
      "AWS::EFS::FileSystem",
      "AWS::EMR::Cluster",
      "AWS::ElastiCache::CacheCluster",
      "AWS::ElastiCache::ReplicationGroup",
      "AWS::Elasticsearch::Domain",
      "AWS::FSx::FileSystem",
      "AWS::KMS::Key",
      "AWS::Kinesis::Stream",
      "AWS::Logs::LogGroup",
      "AWS::Neptune::DBCluster",
      "AWS::Neptune::DBInstance",
      "AWS::OpenSearchService::Domain",
      "AWS::Organizations::Account",
      "AWS::QLDB::Ledger",
      "AWS::RDS::DBCluster",
      "AWS::RDS::DBInstance",
      "AWS::Redshift::Cluster",
      "AWS::S3::Bucket",
      "AWS::SDB::Domain",
      "AWS::SQS::Queue",
      "AWS::SecretsManager::Secret");

  private StatefulTypes() {}

  /** Whether a resource of this type, e.g. {@code AWS::RDS::DBInstance}, holds data. */
  public static boolean contains(String type) {
    return TYPES.contains(type);
  }
}
