package io.tropo4j.stacks;

/** Template text both ECS stacks' tests expect, in the single-quoted JSON of {@code TemplateData.expected}. */
final class EcsExpectations {
  /** ECS tasks of this account and region may assume a task or execution role, and nothing else may. */
  static final String TASK_TRUST = "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
      + " 'Principal': {'Service': 'ecs-tasks.amazonaws.com'}, 'Action': 'sts:AssumeRole',"
      + " 'Condition': {'ArnLike': {'aws:SourceArn': {'Fn::Sub': 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*'}},"
      + " 'StringEquals': {'aws:SourceAccount': {'Ref': 'AWS::AccountId'}}}}]}";

  /** A task role without permissions. */
  static final String EMPTY_TASK_ROLE = "{'Type': 'AWS::IAM::Role', 'Properties': {'AssumeRolePolicyDocument': "
      + TASK_TRUST + "}}";

  /** IMDSv2 only, and the token cannot cross the docker bridge. */
  static final String ONE_HOP_IMDS_V2 = "{'HttpTokens': 'required', 'HttpEndpoint': 'enabled', 'HttpPutResponseHopLimit': 1}";

  /** The load balancer's access logs: private, SSE-S3, expiring after 90 days, kept. */
  static final String ACCESS_LOGS_BUCKET = "{'Type': 'AWS::S3::Bucket', 'Properties': {"
      + " 'BucketEncryption': {'ServerSideEncryptionConfiguration': [{'ServerSideEncryptionByDefault': {'SSEAlgorithm': 'AES256'}}]},"
      + " 'PublicAccessBlockConfiguration': {'BlockPublicAcls': true, 'BlockPublicPolicy': true, 'IgnorePublicAcls': true,"
      + " 'RestrictPublicBuckets': true},"
      + " 'OwnershipControls': {'Rules': [{'ObjectOwnership': 'BucketOwnerEnforced'}]},"
      + " 'VersioningConfiguration': {'Status': 'Enabled'},"
      + " 'LifecycleConfiguration': {'Rules': [{'Id': 'ExpireLogs', 'Status': 'Enabled', 'ExpirationInDays': 90,"
      + " 'NoncurrentVersionExpiration': {'NoncurrentDays': 30}}]}},"
      + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}";

  /** Elastic Load Balancing may write under alb/AWSLogs/<account>/, and nothing comes in without TLS. */
  static final String ACCESS_LOGS_POLICY = "{'Bucket': {'Ref': 'AccessLogsBucket'}, 'PolicyDocument': {'Version': '2012-10-17',"
      + " 'Statement': [{'Sid': 'LoadBalancerAccessLogs', 'Effect': 'Allow',"
      + " 'Principal': {'Fn::If': ['ElbLogDeliveryFromAccount',"
      + " {'AWS': {'Fn::Sub': ['arn:${AWS::Partition}:iam::${Account}:root',"
      + " {'Account': {'Fn::FindInMap': ['ElbLogDeliveryAccounts', {'Ref': 'AWS::Region'}, 'AccountId']}}]}},"
      + " {'Service': 'logdelivery.elasticloadbalancing.amazonaws.com'}]},"
      + " 'Action': 's3:PutObject', 'Resource': {'Fn::Sub': '${AccessLogsBucket.Arn}/alb/AWSLogs/${AWS::AccountId}/*'}},"
      + " {'Sid': 'TlsOnly', 'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*',"
      + " 'Resource': [{'Fn::GetAtt': ['AccessLogsBucket', 'Arn']}, {'Fn::Sub': '${AccessLogsBucket.Arn}/*'}],"
      + " 'Condition': {'Bool': {'aws:SecureTransport': 'false'}}}]}}";

  /** The load balancer attributes: access logs under alb/, and malformed headers dropped. */
  static final String LOAD_BALANCER_ATTRIBUTES = "[{'Key': 'access_logs.s3.enabled', 'Value': 'true'},"
      + " {'Key': 'access_logs.s3.bucket', 'Value': {'Ref': 'AccessLogsBucket'}},"
      + " {'Key': 'access_logs.s3.prefix', 'Value': 'alb'},"
      + " {'Key': 'routing.http.drop_invalid_header_fields.enabled', 'Value': 'true'}]";

  private EcsExpectations() {}
}
