// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Instantiates an auto-scaling virtual server based on the selected file transfer protocol in AWS .
 * When you make updates to your file transfer protocol-enabled server or when you work with users,
 * use the service-generated <code>ServerId</code> property that is assigned to the newly created
 * server.
 *
 * <p>CloudFormation type {@code AWS::Transfer::Server}.
 */
public final class Server extends Resource<Server> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server")
      .constrain("Certificate", Constraint.of().minLength(0).maxLength(1600))
      .allowed("Domain", "S3", "EFS")
      .allowed("EndpointType", "PUBLIC", "VPC", "VPC_ENDPOINT")
      .allowed("IdentityProviderType", "SERVICE_MANAGED", "API_GATEWAY", "AWS_DIRECTORY_SERVICE",
          "AWS_LAMBDA")
      .allowed("IpAddressType", "IPV4", "DUALSTACK")
      .constrain("LoggingRole", Constraint.of().pattern("^(|arn:.*role/\\S+)$").minLength(0).maxLength(2048))
      .constrain("PostAuthenticationLoginBanner", Constraint.of().pattern("^[\\x09-\\x0D\\x20-\\x7E]*$").minLength(0).maxLength(4096))
      .constrain("PreAuthenticationLoginBanner", Constraint.of().pattern("^[\\x09-\\x0D\\x20-\\x7E]*$").minLength(0).maxLength(4096))
      .allowed("Protocols", "SFTP", "FTP", "FTPS", "AS2")
      .constrain("SecurityPolicyName", Constraint.of().pattern("^TransferSecurityPolicy-.+$").minLength(0).maxLength(100))
      .constrain("StructuredLogDestinations", Constraint.of().pattern("^arn:\\S+$").minLength(20).maxLength(1600))
      .refYields("Arn")
      .attributes("Arn", "As2ServiceManagedEgressIpAddresses", "ServerId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Server(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the Certificate Manager (ACM) certificate. Required when
   * <code>Protocols</code> is set to <code>FTPS</code> .
   *
   * <p>To request a new public certificate, see <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-request-public.html">Request a
   * public certificate</a> in the <em>Certificate Manager User Guide</em> .
   *
   * <p>To import an existing certificate into ACM, see <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html">Importing
   * certificates into ACM</a> in the <em>Certificate Manager User Guide</em> .
   *
   * <p>To request a private certificate to use FTPS through private IP addresses, see <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-request-private.html">Request a
   * private certificate</a> in the <em>Certificate Manager User Guide</em> .
   *
   * <p>Certificates with the following cryptographic algorithms and key sizes are supported:
   *
   * <ul> <li>2048-bit RSA (RSA_2048) <li>4096-bit RSA (RSA_4096) <li>Elliptic Prime Curve 256 bit
   * (EC_prime256v1) <li>Elliptic Prime Curve 384 bit (EC_secp384r1) <li>Elliptic Prime Curve 521
   * bit (EC_secp521r1) </ul>
   *
   * <p>The certificate must be a valid SSL/TLS X.509 version 3 certificate with FQDN or IP address
   * specified and information about the issuer.
   *
   * <p>Length: 0 to 1600 characters. CloudFormation property {@code Certificate}.
   */
  public Server certificate(String value) {
    return set("Certificate", Value.of(value));
  }

  /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
  public Server certificate(Value<String> value) {
    return set("Certificate", value);
  }

  /**
   * Specifies the domain of the storage system that is used for file transfers. There are two
   * domains available: Amazon Simple Storage Service (Amazon S3) and Amazon Elastic File System
   * (Amazon EFS). The default value is S3.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code S3}, {@code EFS}. CloudFormation
   * property {@code Domain}.
   */
  public Server domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public Server domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * The virtual private cloud (VPC) endpoint settings that are configured for your server. When you
   * host your endpoint within your VPC, you can make your endpoint accessible only to resources
   * within your VPC, or you can attach Elastic IP addresses and make your endpoint accessible to
   * clients over the internet. Your VPC's default security groups are automatically assigned to
   * your endpoint.
   *
   * <p>CloudFormation property {@code EndpointDetails}.
   */
  public Server endpointDetails(Value<EndpointDetails> value) {
    return set("EndpointDetails", value);
  }

  /**
   * The type of endpoint that you want your server to use. You can choose to make your server's
   * endpoint publicly accessible (PUBLIC) or host it inside your VPC. With an endpoint that is
   * hosted in a VPC, you can restrict access to your server and resources only within your VPC or
   * choose to make it internet facing by attaching Elastic IP addresses directly to it.
   *
   * <p>After May 19, 2021, you won't be able to create a server using
   * <code>EndpointType=VPC_ENDPOINT</code> in your AWS account if your account hasn't already done
   * so before May 19, 2021. If you have already created servers with
   * <code>EndpointType=VPC_ENDPOINT</code> in your AWS account on or before May 19, 2021, you will
   * not be affected. After this date, use <code>EndpointType</code> = <code>VPC</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com//transfer/latest/userguide/create-server-in-vpc.html#deprecate-vpc-endpoint">Discontinuing
   * the use of VPC_ENDPOINT</a> . It is recommended that you use <code>VPC</code> as the
   * <code>EndpointType</code> . With this endpoint type, you have the option to directly associate
   * up to three Elastic IPv4 addresses (BYO IP included) with your server's endpoint and use VPC
   * security groups to restrict traffic by the client's public IP address. This is not possible
   * with <code>EndpointType</code> set to <code>VPC_ENDPOINT</code> .
   *
   * <p>Allowed values: {@code PUBLIC}, {@code VPC}, {@code VPC_ENDPOINT}. CloudFormation property
   * {@code EndpointType}.
   */
  public Server endpointType(String value) {
    return set("EndpointType", Value.of(value));
  }

  /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
  public Server endpointType(Value<String> value) {
    return set("EndpointType", value);
  }

  /**
   * Required when <code>IdentityProviderType</code> is set to <code>AWS_DIRECTORY_SERVICE</code> ,
   * <code>AWS _LAMBDA</code> or <code>API_GATEWAY</code> . Accepts an array containing all of the
   * information required to use a directory in <code>AWS_DIRECTORY_SERVICE</code> or invoke a
   * customer-supplied authentication API, including the API Gateway URL. Cannot be specified when
   * <code>IdentityProviderType</code> is set to <code>SERVICE_MANAGED</code> .
   *
   * <p>CloudFormation property {@code IdentityProviderDetails}.
   */
  public Server identityProviderDetails(Value<IdentityProviderDetails> value) {
    return set("IdentityProviderDetails", value);
  }

  /**
   * The mode of authentication for a server. The default value is <code>SERVICE_MANAGED</code> ,
   * which allows you to store and access user credentials within the AWS Transfer Family service.
   *
   * <p>Use <code>AWS_DIRECTORY_SERVICE</code> to provide access to Active Directory groups in AWS
   * Directory Service for Microsoft Active Directory or Microsoft Active Directory in your
   * on-premises environment or in AWS using AD Connector. This option also requires you to provide
   * a Directory ID by using the <code>IdentityProviderDetails</code> parameter.
   *
   * <p>Use the <code>API_GATEWAY</code> value to integrate with an identity provider of your
   * choosing. The <code>API_GATEWAY</code> setting requires you to provide an Amazon API Gateway
   * endpoint URL to call for authentication by using the <code>IdentityProviderDetails</code>
   * parameter.
   *
   * <p>Use the <code>AWS_LAMBDA</code> value to directly use an AWS Lambda function as your
   * identity provider. If you choose this value, you must specify the ARN for the Lambda function
   * in the <code>Function</code> parameter for the <code>IdentityProviderDetails</code> data type.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SERVICE_MANAGED}, {@code
   * API_GATEWAY}, {@code AWS_DIRECTORY_SERVICE}, {@code AWS_LAMBDA}. CloudFormation property {@code
   * IdentityProviderType}.
   */
  public Server identityProviderType(String value) {
    return set("IdentityProviderType", Value.of(value));
  }

  /** Sets {@code IdentityProviderType} to this value; see {@link #identityProviderType(String)}. */
  public Server identityProviderType(Value<String> value) {
    return set("IdentityProviderType", value);
  }

  /**
   * Specifies whether to use IPv4 only, or to use dual-stack (IPv4 and IPv6) for your AWS Transfer
   * Family endpoint. The default value is <code>IPV4</code> .
   *
   * <p>The <code>IpAddressType</code> parameter has the following limitations: - It cannot be
   * changed while the server is online. You must stop the server before modifying this parameter. -
   * It cannot be updated to <code>DUALSTACK</code> if the server has
   * <code>AddressAllocationIds</code> specified. &gt; When using <code>DUALSTACK</code> as the
   * <code>IpAddressType</code> , you cannot set the <code>AddressAllocationIds</code> parameter for
   * the <a
   * href="https://docs.aws.amazon.com/transfer/latest/APIReference/API_EndpointDetails.html">EndpointDetails</a>
   * for the server.
   *
   * <p>Allowed values: {@code IPV4}, {@code DUALSTACK}. CloudFormation property {@code
   * IpAddressType}.
   */
  public Server ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Server ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role that allows
   * a server to turn on Amazon CloudWatch logging for Amazon S3 or Amazon EFS events. When set, you
   * can view user activity in your CloudWatch logs.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code ^(|arn:.*role/&#92;S+)$}. CloudFormation
   * property {@code LoggingRole}.
   */
  public Server loggingRole(String value) {
    return set("LoggingRole", Value.of(value));
  }

  /** Sets {@code LoggingRole} to this value; see {@link #loggingRole(String)}. */
  public Server loggingRole(Value<String> value) {
    return set("LoggingRole", value);
  }

  /**
   * Specifies a string to display when users connect to a server. This string is displayed after
   * the user authenticates.
   *
   * <p>The SFTP protocol does not support post-authentication display banners.
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code ^[&#92;x09-&#92;x0D&#92;x20-&#92;x7E]*$}.
   * CloudFormation property {@code PostAuthenticationLoginBanner}.
   */
  public Server postAuthenticationLoginBanner(String value) {
    return set("PostAuthenticationLoginBanner", Value.of(value));
  }

  /**
   * Sets {@code PostAuthenticationLoginBanner} to this value; see {@link
   * #postAuthenticationLoginBanner(String)}.
   */
  public Server postAuthenticationLoginBanner(Value<String> value) {
    return set("PostAuthenticationLoginBanner", value);
  }

  /**
   * Specifies a string to display when users connect to a server. This string is displayed before
   * the user authenticates. For example, the following banner displays details about using the
   * system:
   *
   * <p><code>This system is for the use of authorized users only. Individuals using this computer
   * system without authority, or in excess of their authority, are subject to having all of their
   * activities on this system monitored and recorded by system personnel.</code>
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code ^[&#92;x09-&#92;x0D&#92;x20-&#92;x7E]*$}.
   * CloudFormation property {@code PreAuthenticationLoginBanner}.
   */
  public Server preAuthenticationLoginBanner(String value) {
    return set("PreAuthenticationLoginBanner", Value.of(value));
  }

  /**
   * Sets {@code PreAuthenticationLoginBanner} to this value; see {@link
   * #preAuthenticationLoginBanner(String)}.
   */
  public Server preAuthenticationLoginBanner(Value<String> value) {
    return set("PreAuthenticationLoginBanner", value);
  }

  /**
   * The protocol settings that are configured for your server.
   *
   * <ul> <li>To indicate passive mode (for FTP and FTPS protocols), use the <code>PassiveIp</code>
   * parameter. Enter a single dotted-quad IPv4 address, such as the external IP address of a
   * firewall, router, or load balancer. <li>To ignore the error that is generated when the client
   * attempts to use the <code>SETSTAT</code> command on a file that you are uploading to an Amazon
   * S3 bucket, use the <code>SetStatOption</code> parameter. To have the AWS Transfer Family server
   * ignore the <code>SETSTAT</code> command and upload files without needing to make any changes to
   * your SFTP client, set the value to <code>ENABLE_NO_OP</code> . If you set the
   * <code>SetStatOption</code> parameter to <code>ENABLE_NO_OP</code> , Transfer Family generates a
   * log entry to Amazon CloudWatch Logs, so that you can determine when the client is making a
   * <code>SETSTAT</code> call. <li>To determine whether your AWS Transfer Family server resumes
   * recent, negotiated sessions through a unique session ID, use the
   * <code>TlsSessionResumptionMode</code> parameter. <li><code>As2Transports</code> indicates the
   * transport method for the AS2 messages. Currently, only HTTP is supported. </ul>
   *
   * <p>The <code>Protocols</code> parameter is an array of strings.
   *
   * <p><em>Allowed values</em> : One or more of <code>SFTP</code> , <code>FTPS</code> ,
   * <code>FTP</code> , <code>AS2</code>
   *
   * <p>CloudFormation property {@code ProtocolDetails}.
   */
  public Server protocolDetails(Value<ProtocolDetails> value) {
    return set("ProtocolDetails", value);
  }

  /**
   * Specifies the file transfer protocol or protocols over which your file transfer protocol client
   * can connect to your server's endpoint. The available protocols are:
   *
   * <ul> <li><code>SFTP</code> (Secure Shell (SSH) File Transfer Protocol): File transfer over SSH
   * <li><code>FTPS</code> (File Transfer Protocol Secure): File transfer with TLS encryption
   * <li><code>FTP</code> (File Transfer Protocol): Unencrypted file transfer <li><code>AS2</code>
   * (Applicability Statement 2): used for transporting structured business-to-business data </ul>
   *
   * <p>- If you select <code>FTPS</code> , you must choose a certificate stored in Certificate
   * Manager (ACM) which is used to identify your server when clients connect to it over FTPS. - If
   * <code>Protocol</code> includes either <code>FTP</code> or <code>FTPS</code> , then the
   * <code>EndpointType</code> must be <code>VPC</code> and the <code>IdentityProviderType</code>
   * must be either <code>AWS_DIRECTORY_SERVICE</code> , <code>AWS_LAMBDA</code> , or
   * <code>API_GATEWAY</code> . - If <code>Protocol</code> includes <code>FTP</code> , then
   * <code>AddressAllocationIds</code> cannot be associated. - If <code>Protocol</code> is set only
   * to <code>SFTP</code> , the <code>EndpointType</code> can be set to <code>PUBLIC</code> and the
   * <code>IdentityProviderType</code> can be set any of the supported identity types:
   * <code>SERVICE_MANAGED</code> , <code>AWS_DIRECTORY_SERVICE</code> , <code>AWS_LAMBDA</code> ,
   * or <code>API_GATEWAY</code> . - If <code>Protocol</code> includes <code>AS2</code> , then the
   * <code>EndpointType</code> must be <code>VPC</code> , and domain must be Amazon S3.
   *
   * <p>The <code>Protocols</code> parameter is an array of strings.
   *
   * <p><em>Allowed values</em> : One or more of <code>SFTP</code> , <code>FTPS</code> ,
   * <code>FTP</code> , <code>AS2</code>
   *
   * <p>Allowed values: {@code SFTP}, {@code FTP}, {@code FTPS}, {@code AS2}. CloudFormation
   * property {@code Protocols}.
   */
  public Server protocols(List<String> value) {
    return set("Protocols", Value.listOf(value));
  }

  /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
  public Server protocols(Value<List<String>> value) {
    return set("Protocols", value);
  }

  /**
   * Specifies whether or not performance for your Amazon S3 directories is optimized.
   *
   * <ul> <li>If using the console, this is enabled by default. <li>If using the API or CLI, this is
   * disabled by default. </ul>
   *
   * <p>By default, home directory mappings have a <code>TYPE</code> of <code>DIRECTORY</code> . If
   * you enable this option, you would then need to explicitly set the
   * <code>HomeDirectoryMapEntry</code> <code>Type</code> to <code>FILE</code> if you want a mapping
   * to have a file target.
   *
   * <p>CloudFormation property {@code S3StorageOptions}.
   */
  public Server s3StorageOptions(Value<S3StorageOptions> value) {
    return set("S3StorageOptions", value);
  }

  /**
   * Specifies the name of the security policy for the server.
   *
   * <p>Length: 0 to 100 characters. Pattern: {@code ^TransferSecurityPolicy-.+$}. CloudFormation
   * property {@code SecurityPolicyName}.
   */
  public Server securityPolicyName(String value) {
    return set("SecurityPolicyName", Value.of(value));
  }

  /** Sets {@code SecurityPolicyName} to this value; see {@link #securityPolicyName(String)}. */
  public Server securityPolicyName(Value<String> value) {
    return set("SecurityPolicyName", value);
  }

  /**
   * Specifies the log groups to which your server logs are sent.
   *
   * <p>To specify a log group, you must provide the ARN for an existing log group. In this case,
   * the format of the log group is as follows:
   *
   * <p><code>arn:aws:logs:region-name:amazon-account-id:log-group:log-group-name:*</code>
   *
   * <p>For example, <code>arn:aws:logs:us-east-1:111122223333:log-group:mytestgroup:*</code>
   *
   * <p>If you have previously specified a log group for a server, you can clear it, and in effect
   * turn off structured logging, by providing an empty value for this parameter in an
   * <code>update-server</code> call. For example:
   *
   * <p><code>update-server --server-id s-1234567890abcdef0 --structured-log-destinations</code>
   *
   * <p>Length: 20 to 1600 characters. Pattern: {@code ^arn:&#92;S+$}. CloudFormation property
   * {@code StructuredLogDestinations}.
   */
  public Server structuredLogDestinations(List<String> value) {
    return set("StructuredLogDestinations", Value.listOf(value));
  }

  /**
   * Sets {@code StructuredLogDestinations} to this value; see {@link
   * #structuredLogDestinations(List)}.
   */
  public Server structuredLogDestinations(Value<List<String>> value) {
    return set("StructuredLogDestinations", value);
  }

  /**
   * Key-value pairs that can be used to group and search for servers.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Server tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Server tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Server tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the workflow ID for the workflow to assign and the execution role that's used for
   * executing the workflow.
   *
   * <p>In addition to a workflow to execute when a file is uploaded completely,
   * <code>WorkflowDetails</code> can also contain a workflow ID (and execution role) for a workflow
   * to execute on partial upload. A partial upload occurs when a file is open when the session
   * disconnects.
   *
   * <p>CloudFormation property {@code WorkflowDetails}.
   */
  public Server workflowDetails(Value<WorkflowDetails> value) {
    return set("WorkflowDetails", value);
  }

  /**
   * Specifies the unique Amazon Resource Name (ARN) of the server.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The list of egress IP addresses of this server. These IP addresses are only relevant for
   * servers that use the AS2 protocol. They are used for sending asynchronous MDNs.
   *
   * <p>These IP addresses are assigned automatically when you create an AS2 server. Additionally,
   * if you update an existing server and add the AS2 protocol, static IP addresses are assigned as
   * well.
   *
   * <p>{@code Fn::GetAtt} attribute {@code As2ServiceManagedEgressIpAddresses}.
   */
  public Value<List<String>> as2ServiceManagedEgressIpAddresses() {
    return getAtt("As2ServiceManagedEgressIpAddresses");
  }

  /**
   * Specifies the unique system-assigned identifier for a server that you instantiate.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServerId}.
   */
  public Value<String> serverId() {
    return getAtt("ServerId");
  }

  /**
   * The condition of the server that was described. A value of <code>ONLINE</code> indicates that
   * the server can accept jobs and transfer files. A <code>State</code> value of
   * <code>OFFLINE</code> means that the server cannot perform file transfer operations.
   *
   * <p>The states of <code>STARTING</code> and <code>STOPPING</code> indicate that the server is in
   * an intermediate state, either not fully able to respond, or not fully offline. The values of
   * <code>START_FAILED</code> or <code>STOP_FAILED</code> can indicate an error condition.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The virtual private cloud (VPC) endpoint settings that are configured for your server. When you
   * host your endpoint within your VPC, you can make your endpoint accessible only to resources
   * within your VPC, or you can attach Elastic IP addresses and make your endpoint accessible to
   * clients over the internet. Your VPC's default security groups are automatically assigned to
   * your endpoint.
   *
   * <p>Property type {@code AWS::Transfer::Server.EndpointDetails}.
   */
  public static final class EndpointDetails extends Struct<EndpointDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server.EndpointDetails")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-f]{8,17}$").minLength(11).maxLength(20).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("VpcEndpointId", Constraint.of().pattern("^vpce-[0-9a-f]{17}$").minLength(22).maxLength(22))
        .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .build();

    public EndpointDetails() {
      super(SCHEMA);
    }

    /**
     * A list of address allocation IDs that are required to attach an Elastic IP address to your
     * server's endpoint.
     *
     * <p>An address allocation ID corresponds to the allocation ID of an Elastic IP address. This
     * value can be retrieved from the <code>allocationId</code> field from the Amazon EC2 <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Address.html">Address</a>
     * data type. One way to retrieve this value is by calling the EC2 <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAddresses.html">DescribeAddresses</a>
     * API.
     *
     * <p>This parameter is optional. Set this parameter if you want to make your VPC endpoint
     * public-facing. For details, see <a
     * href="https://docs.aws.amazon.com/transfer/latest/userguide/create-server-in-vpc.html#create-internet-facing-endpoint">Create
     * an internet-facing endpoint for your server</a> .
     *
     * <p>This property can only be set as follows: - <code>EndpointType</code> must be set to
     * <code>VPC</code> - The Transfer Family server must be offline. - You cannot set this
     * parameter for Transfer Family servers that use the FTP protocol. - The server must already
     * have <code>SubnetIds</code> populated ( <code>SubnetIds</code> and
     * <code>AddressAllocationIds</code> cannot be updated simultaneously). -
     * <code>AddressAllocationIds</code> can't contain duplicates, and must be equal in length to
     * <code>SubnetIds</code> . For example, if you have three subnet IDs, you must also specify
     * three address allocation IDs. - Call the <code>UpdateServer</code> API to set or change this
     * parameter. - You can't set address allocation IDs for servers that have an
     * <code>IpAddressType</code> set to <code>DUALSTACK</code> You can only set this property if
     * <code>IpAddressType</code> is set to <code>IPV4</code> .
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code
     * AddressAllocationIds}.
     */
    public EndpointDetails addressAllocationIds(List<String> value) {
      return set("AddressAllocationIds", Value.listOf(value));
    }

    /** Sets {@code AddressAllocationIds} to this value; see {@link #addressAllocationIds(List)}. */
    public EndpointDetails addressAllocationIds(Value<List<String>> value) {
      return set("AddressAllocationIds", value);
    }

    /**
     * A list of security groups IDs that are available to attach to your server's endpoint.
     *
     * <p>While <code>SecurityGroupIds</code> appears in the response syntax for consistency with
     * <code>CreateServer</code> and <code>UpdateServer</code> operations, this field is not
     * populated in <code>DescribeServer</code> responses. Security groups are managed at the VPC
     * endpoint level and can be modified outside of the Transfer Family service. To retrieve
     * current security group information, use the EC2 <code>DescribeVpcEndpoints</code> API with
     * the <code>VpcEndpointId</code> returned in the response. This property can only be set when
     * <code>EndpointType</code> is set to <code>VPC</code> . You can edit the
     * <code>SecurityGroupIds</code> property in the <a
     * href="https://docs.aws.amazon.com/transfer/latest/userguide/API_UpdateServer.html">UpdateServer</a>
     * API only if you are changing the <code>EndpointType</code> from <code>PUBLIC</code> or
     * <code>VPC_ENDPOINT</code> to <code>VPC</code> . To change security groups associated with
     * your server's VPC endpoint after creation, use the Amazon EC2 <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVpcEndpoint.html">ModifyVpcEndpoint</a>
     * API.
     *
     * <p>Length: 11 to 20 characters. Pattern: {@code ^sg-[0-9a-f]{8,17}$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public EndpointDetails securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public EndpointDetails securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of subnet IDs that are required to host your server endpoint in your VPC.
     *
     * <p>This property can only be set when <code>EndpointType</code> is set to <code>VPC</code> .
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public EndpointDetails subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public EndpointDetails subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * The ID of the VPC endpoint.
     *
     * <p>This property can only be set when <code>EndpointType</code> is set to
     * <code>VPC_ENDPOINT</code> .
     *
     * <p>Length: 22 to 22 characters. Pattern: {@code ^vpce-[0-9a-f]{17}$}. CloudFormation property
     * {@code VpcEndpointId}.
     */
    public EndpointDetails vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public EndpointDetails vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }

    /**
     * The VPC ID of the virtual private cloud in which the server's endpoint will be hosted.
     *
     * <p>This property can only be set when <code>EndpointType</code> is set to <code>VPC</code> .
     *
     * <p>Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public EndpointDetails vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public EndpointDetails vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }

  /**
   * Required when <code>IdentityProviderType</code> is set to <code>AWS_DIRECTORY_SERVICE</code> ,
   * <code>AWS _LAMBDA</code> or <code>API_GATEWAY</code> . Accepts an array containing all of the
   * information required to use a directory in <code>AWS_DIRECTORY_SERVICE</code> or invoke a
   * customer-supplied authentication API, including the API Gateway URL. Cannot be specified when
   * <code>IdentityProviderType</code> is set to <code>SERVICE_MANAGED</code> .
   *
   * <p>Property type {@code AWS::Transfer::Server.IdentityProviderDetails}.
   */
  public static final class IdentityProviderDetails extends Struct<IdentityProviderDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server.IdentityProviderDetails")
        .constrain("DirectoryId", Constraint.of().pattern("^d-[0-9a-f]{10}$").minLength(12).maxLength(12))
        .constrain("Function", Constraint.of().pattern("^arn:[a-z-]+:lambda:.*$").minLength(1).maxLength(170))
        .constrain("InvocationRole", Constraint.of().pattern("^arn:.*role/\\S+$").minLength(20).maxLength(2048))
        .allowed("SftpAuthenticationMethods", "PASSWORD", "PUBLIC_KEY", "PUBLIC_KEY_OR_PASSWORD",
            "PUBLIC_KEY_AND_PASSWORD")
        .constrain("Url", Constraint.of().minLength(0).maxLength(255))
        .build();

    public IdentityProviderDetails() {
      super(SCHEMA);
    }

    /**
     * The identifier of the AWS Directory Service directory that you want to use as your identity
     * provider.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^d-[0-9a-f]{10}$}. CloudFormation property
     * {@code DirectoryId}.
     */
    public IdentityProviderDetails directoryId(String value) {
      return set("DirectoryId", Value.of(value));
    }

    /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
    public IdentityProviderDetails directoryId(Value<String> value) {
      return set("DirectoryId", value);
    }

    /**
     * The ARN for a Lambda function to use for the Identity provider.
     *
     * <p>Length: 1 to 170 characters. Pattern: {@code ^arn:[a-z-]+:lambda:.*$}. CloudFormation
     * property {@code Function}.
     */
    public IdentityProviderDetails function(String value) {
      return set("Function", Value.of(value));
    }

    /** Sets {@code Function} to this value; see {@link #function(String)}. */
    public IdentityProviderDetails function(Value<String> value) {
      return set("Function", value);
    }

    /**
     * This parameter is only applicable if your <code>IdentityProviderType</code> is
     * <code>API_GATEWAY</code> . Provides the type of <code>InvocationRole</code> used to
     * authenticate the user account.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*role/&#92;S+$}. CloudFormation
     * property {@code InvocationRole}.
     */
    public IdentityProviderDetails invocationRole(String value) {
      return set("InvocationRole", Value.of(value));
    }

    /** Sets {@code InvocationRole} to this value; see {@link #invocationRole(String)}. */
    public IdentityProviderDetails invocationRole(Value<String> value) {
      return set("InvocationRole", value);
    }

    /**
     * For SFTP-enabled servers, and for custom identity providers <em>only</em> , you can specify
     * whether to authenticate using a password, SSH key pair, or both.
     *
     * <ul> <li><code>PASSWORD</code> - users must provide their password to connect.
     * <li><code>PUBLIC_KEY</code> - users must provide their private key to connect.
     * <li><code>PUBLIC_KEY_OR_PASSWORD</code> - users can authenticate with either their password
     * or their key. This is the default value. <li><code>PUBLIC_KEY_AND_PASSWORD</code> - users
     * must provide both their private key and their password to connect. The server checks the key
     * first, and then if the key is valid, the system prompts for a password. If the private key
     * provided does not match the public key that is stored, authentication fails. </ul>
     *
     * <p>Allowed values: {@code PASSWORD}, {@code PUBLIC_KEY}, {@code PUBLIC_KEY_OR_PASSWORD},
     * {@code PUBLIC_KEY_AND_PASSWORD}. CloudFormation property {@code SftpAuthenticationMethods}.
     */
    public IdentityProviderDetails sftpAuthenticationMethods(String value) {
      return set("SftpAuthenticationMethods", Value.of(value));
    }

    /**
     * Sets {@code SftpAuthenticationMethods} to this value; see {@link
     * #sftpAuthenticationMethods(String)}.
     */
    public IdentityProviderDetails sftpAuthenticationMethods(Value<String> value) {
      return set("SftpAuthenticationMethods", value);
    }

    /**
     * Provides the location of the service endpoint used to authenticate users.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Url}.
     */
    public IdentityProviderDetails url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public IdentityProviderDetails url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * The protocol settings that are configured for your server.
   *
   * <p>Avoid placing Network Load Balancers (NLBs) or NAT gateways in front of AWS Transfer Family
   * servers, as this increases costs and can cause performance issues, including reduced connection
   * limits for FTPS. For more details, see <a
   * href="https://docs.aws.amazon.com/transfer/latest/userguide/infrastructure-security.html#nlb-considerations">Avoid
   * placing NLBs and NATs in front of AWS Transfer Family</a> .
   *
   * <ul> <li>To indicate passive mode (for FTP and FTPS protocols), use the <code>PassiveIp</code>
   * parameter. Enter a single dotted-quad IPv4 address, such as the external IP address of a
   * firewall, router, or load balancer. <li>To ignore the error that is generated when the client
   * attempts to use the <code>SETSTAT</code> command on a file that you are uploading to an Amazon
   * S3 bucket, use the <code>SetStatOption</code> parameter. To have the AWS Transfer Family server
   * ignore the <code>SETSTAT</code> command and upload files without needing to make any changes to
   * your SFTP client, set the value to <code>ENABLE_NO_OP</code> . If you set the
   * <code>SetStatOption</code> parameter to <code>ENABLE_NO_OP</code> , Transfer Family generates a
   * log entry to Amazon CloudWatch Logs, so that you can determine when the client is making a
   * <code>SETSTAT</code> call. <li>To determine whether your AWS Transfer Family server resumes
   * recent, negotiated sessions through a unique session ID, use the
   * <code>TlsSessionResumptionMode</code> parameter. <li><code>As2Transports</code> indicates the
   * transport method for the AS2 messages. Currently, only HTTP is supported. </ul>
   *
   * <p>Property type {@code AWS::Transfer::Server.ProtocolDetails}.
   */
  public static final class ProtocolDetails extends Struct<ProtocolDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server.ProtocolDetails")
        .allowed("As2Transports", "HTTP")
        .constrain("PassiveIp", Constraint.of().minLength(0).maxLength(15))
        .allowed("SetStatOption", "DEFAULT", "ENABLE_NO_OP")
        .allowed("TlsSessionResumptionMode", "DISABLED", "ENABLED", "ENFORCED")
        .build();

    public ProtocolDetails() {
      super(SCHEMA);
    }

    /**
     * List of <code>As2Transport</code> objects.
     *
     * <p>Allowed values: {@code HTTP}. CloudFormation property {@code As2Transports}.
     */
    public ProtocolDetails as2Transports(List<String> value) {
      return set("As2Transports", Value.listOf(value));
    }

    /** Sets {@code As2Transports} to this value; see {@link #as2Transports(List)}. */
    public ProtocolDetails as2Transports(Value<List<String>> value) {
      return set("As2Transports", value);
    }

    /**
     * Indicates passive mode, for FTP and FTPS protocols. Enter a single IPv4 address, such as the
     * public IP address of a firewall, router, or load balancer. For example:
     *
     * <p><code>aws transfer update-server --protocol-details PassiveIp=0.0.0.0</code>
     *
     * <p>Replace <code>0.0.0.0</code> in the example above with the actual IP address you want to
     * use.
     *
     * <p>If you change the <code>PassiveIp</code> value, you must stop and then restart your
     * Transfer Family server for the change to take effect. For details on using passive mode
     * (PASV) in a NAT environment, see <a
     * href="https://docs.aws.amazon.com/storage/configuring-your-ftps-server-behind-a-firewall-or-nat-with-aws-transfer-family/">Configuring
     * your FTPS server behind a firewall or NAT with AWS Transfer Family</a> . Additionally, avoid
     * placing Network Load Balancers (NLBs) or NAT gateways in front of AWS Transfer Family
     * servers. This configuration increases costs and can cause performance issues. When NLBs or
     * NATs are in the communication path, Transfer Family cannot accurately recognize client IP
     * addresses, which impacts connection sharding and limits FTPS servers to only 300 simultaneous
     * connections instead of 10,000. If you must use an NLB, use port 21 for health checks and
     * enable TLS session resumption by setting <code>TlsSessionResumptionMode = ENFORCED</code> .
     * For optimal performance, migrate to VPC endpoints with Elastic IP addresses instead of using
     * NLBs. For more details, see <a
     * href="https://docs.aws.amazon.com/transfer/latest/userguide/infrastructure-security.html#nlb-considerations">Avoid
     * placing NLBs and NATs in front of AWS Transfer Family</a> .
     *
     * <p><em>Special values</em>
     *
     * <p>The <code>AUTO</code> and <code>0.0.0.0</code> are special values for the
     * <code>PassiveIp</code> parameter. The value <code>PassiveIp=AUTO</code> is assigned by
     * default to FTP and FTPS type servers. In this case, the server automatically responds with
     * one of the endpoint IPs within the PASV response. <code>PassiveIp=0.0.0.0</code> has a more
     * unique application for its usage. For example, if you have a High Availability (HA) Network
     * Load Balancer (NLB) environment, where you have 3 subnets, you can only specify a single IP
     * address using the <code>PassiveIp</code> parameter. This reduces the effectiveness of having
     * High Availability. In this case, you can specify <code>PassiveIp=0.0.0.0</code> . This tells
     * the client to use the same IP address as the Control connection and utilize all AZs for their
     * connections. Note, however, that not all FTP clients support the
     * <code>PassiveIp=0.0.0.0</code> response. FileZilla and WinSCP do support it. If you are using
     * other clients, check to see if your client supports the <code>PassiveIp=0.0.0.0</code>
     * response.
     *
     * <p>Length: 0 to 15 characters. CloudFormation property {@code PassiveIp}.
     */
    public ProtocolDetails passiveIp(String value) {
      return set("PassiveIp", Value.of(value));
    }

    /** Sets {@code PassiveIp} to this value; see {@link #passiveIp(String)}. */
    public ProtocolDetails passiveIp(Value<String> value) {
      return set("PassiveIp", value);
    }

    /** CloudFormation property {@code ProxyConfig}. */
    public ProtocolDetails proxyConfig(Value<ProxyConfig> value) {
      return set("ProxyConfig", value);
    }

    /**
     * Use the <code>SetStatOption</code> to ignore the error that is generated when the client
     * attempts to use <code>SETSTAT</code> on a file you are uploading to an S3 bucket.
     *
     * <p>Some SFTP file transfer clients can attempt to change the attributes of remote files,
     * including timestamp and permissions, using commands, such as <code>SETSTAT</code> when
     * uploading the file. However, these commands are not compatible with object storage systems,
     * such as Amazon S3. Due to this incompatibility, file uploads from these clients can result in
     * errors even when the file is otherwise successfully uploaded.
     *
     * <p>Set the value to <code>ENABLE_NO_OP</code> to have the Transfer Family server ignore the
     * <code>SETSTAT</code> command, and upload files without needing to make any changes to your
     * SFTP client. While the <code>SetStatOption</code> <code>ENABLE_NO_OP</code> setting ignores
     * the error, it does generate a log entry in Amazon CloudWatch Logs, so you can determine when
     * the client is making a <code>SETSTAT</code> call.
     *
     * <p>If you want to preserve the original timestamp for your file, and modify other file
     * attributes using <code>SETSTAT</code> , you can use Amazon EFS as backend storage with
     * Transfer Family.
     *
     * <p>Allowed values: {@code DEFAULT}, {@code ENABLE_NO_OP}. CloudFormation property {@code
     * SetStatOption}.
     */
    public ProtocolDetails setStatOption(String value) {
      return set("SetStatOption", Value.of(value));
    }

    /** Sets {@code SetStatOption} to this value; see {@link #setStatOption(String)}. */
    public ProtocolDetails setStatOption(Value<String> value) {
      return set("SetStatOption", value);
    }

    /**
     * A property used with Transfer Family servers that use the FTPS protocol. TLS Session
     * Resumption provides a mechanism to resume or share a negotiated secret key between the
     * control and data connection for an FTPS session. <code>TlsSessionResumptionMode</code>
     * determines whether or not the server resumes recent, negotiated sessions through a unique
     * session ID. This property is available during <code>CreateServer</code> and
     * <code>UpdateServer</code> calls. If a <code>TlsSessionResumptionMode</code> value is not
     * specified during <code>CreateServer</code> , it is set to <code>ENFORCED</code> by default.
     *
     * <ul> <li><code>DISABLED</code> : the server does not process TLS session resumption client
     * requests and creates a new TLS session for each request. <li><code>ENABLED</code> : the
     * server processes and accepts clients that are performing TLS session resumption. The server
     * doesn't reject client data connections that do not perform the TLS session resumption client
     * processing. <li><code>ENFORCED</code> : the server processes and accepts clients that are
     * performing TLS session resumption. The server rejects client data connections that do not
     * perform the TLS session resumption client processing. Before you set the value to
     * <code>ENFORCED</code> , test your clients. </ul>
     *
     * <p>Not all FTPS clients perform TLS session resumption. So, if you choose to enforce TLS
     * session resumption, you prevent any connections from FTPS clients that don't perform the
     * protocol negotiation. To determine whether or not you can use the <code>ENFORCED</code>
     * value, you need to test your clients.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}, {@code ENFORCED}. CloudFormation
     * property {@code TlsSessionResumptionMode}.
     */
    public ProtocolDetails tlsSessionResumptionMode(String value) {
      return set("TlsSessionResumptionMode", Value.of(value));
    }

    /**
     * Sets {@code TlsSessionResumptionMode} to this value; see {@link
     * #tlsSessionResumptionMode(String)}.
     */
    public ProtocolDetails tlsSessionResumptionMode(Value<String> value) {
      return set("TlsSessionResumptionMode", value);
    }
  }

  /** Property type {@code AWS::Transfer::Server.ProxyConfig}. */
  public static final class ProxyConfig extends Struct<ProxyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server.ProxyConfig")
        .allowed("SftpMode", "PROXY_PROTOCOL_V2_ENFORCED", "NONE")
        .build();

    public ProxyConfig() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code PROXY_PROTOCOL_V2_ENFORCED}, {@code NONE}. CloudFormation property
     * {@code SftpMode}.
     */
    public ProxyConfig sftpMode(String value) {
      return set("SftpMode", Value.of(value));
    }

    /** Sets {@code SftpMode} to this value; see {@link #sftpMode(String)}. */
    public ProxyConfig sftpMode(Value<String> value) {
      return set("SftpMode", value);
    }
  }

  /**
   * The Amazon S3 storage options that are configured for your server.
   *
   * <p>Property type {@code AWS::Transfer::Server.S3StorageOptions}.
   */
  public static final class S3StorageOptions extends Struct<S3StorageOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server.S3StorageOptions")
        .allowed("DirectoryListingOptimization", "ENABLED", "DISABLED")
        .build();

    public S3StorageOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether or not performance for your Amazon S3 directories is optimized.
     *
     * <ul> <li>If using the console, this is enabled by default. <li>If using the API or CLI, this
     * is disabled by default. </ul>
     *
     * <p>By default, home directory mappings have a <code>TYPE</code> of <code>DIRECTORY</code> .
     * If you enable this option, you would then need to explicitly set the
     * <code>HomeDirectoryMapEntry</code> <code>Type</code> to <code>FILE</code> if you want a
     * mapping to have a file target.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * DirectoryListingOptimization}.
     */
    public S3StorageOptions directoryListingOptimization(String value) {
      return set("DirectoryListingOptimization", Value.of(value));
    }

    /**
     * Sets {@code DirectoryListingOptimization} to this value; see {@link
     * #directoryListingOptimization(String)}.
     */
    public S3StorageOptions directoryListingOptimization(Value<String> value) {
      return set("DirectoryListingOptimization", value);
    }
  }

  /**
   * Specifies the workflow ID for the workflow to assign and the execution role that's used for
   * executing the workflow.
   *
   * <p>In addition to a workflow to execute when a file is uploaded completely,
   * <code>WorkflowDetails</code> can also contain a workflow ID (and execution role) for a workflow
   * to execute on partial upload. A partial upload occurs when a file is open when the session
   * disconnects.
   *
   * <p>Property type {@code AWS::Transfer::Server.WorkflowDetail}.
   */
  public static final class WorkflowDetail extends Struct<WorkflowDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Server.WorkflowDetail")
        .required("ExecutionRole", "WorkflowId")
        .constrain("ExecutionRole", Constraint.of().pattern("^arn:.*role/\\S+$").minLength(20).maxLength(2048))
        .constrain("WorkflowId", Constraint.of().pattern("^w-([a-z0-9]{17})$").minLength(19).maxLength(19))
        .build();

    public WorkflowDetail() {
      super(SCHEMA);
    }

    /**
     * Includes the necessary permissions for S3, EFS, and Lambda operations that Transfer can
     * assume, so that all workflow steps can operate on the required resources
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code ^arn:.*role/&#92;S+$}.
     * CloudFormation property {@code ExecutionRole}.
     */
    public WorkflowDetail executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public WorkflowDetail executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * A unique identifier for the workflow.
     *
     * <p>Required. Length: 19 to 19 characters. Pattern: {@code ^w-([a-z0-9]{17})$}. CloudFormation
     * property {@code WorkflowId}.
     */
    public WorkflowDetail workflowId(String value) {
      return set("WorkflowId", Value.of(value));
    }

    /** Sets {@code WorkflowId} to this value; see {@link #workflowId(String)}. */
    public WorkflowDetail workflowId(Value<String> value) {
      return set("WorkflowId", value);
    }
  }

  /**
   * Container for the <code>WorkflowDetail</code> data type. It is used by actions that trigger a
   * workflow to begin execution.
   *
   * <p>Property type {@code AWS::Transfer::Server.WorkflowDetails}.
   */
  public static final class WorkflowDetails extends Struct<WorkflowDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::Transfer::Server.WorkflowDetails");

    public WorkflowDetails() {
      super(SCHEMA);
    }

    /**
     * A trigger that starts a workflow if a file is only partially uploaded. You can attach a
     * workflow to a server that executes whenever there is a partial upload.
     *
     * <p>A <em>partial upload</em> occurs when a file is open when the session disconnects.
     *
     * <p><code>OnPartialUpload</code> can contain a maximum of one <code>WorkflowDetail</code>
     * object.
     *
     * <p>CloudFormation property {@code OnPartialUpload}.
     */
    public WorkflowDetails onPartialUpload(List<WorkflowDetail> value) {
      return set("OnPartialUpload", Value.listOf(value));
    }

    /** Sets {@code OnPartialUpload} to this value; see {@link #onPartialUpload(List)}. */
    public WorkflowDetails onPartialUpload(Value<List<WorkflowDetail>> value) {
      return set("OnPartialUpload", value);
    }

    /** Sets {@code OnPartialUpload} to a list of these; see {@link #onPartialUpload(List)}. */
    public WorkflowDetails onPartialUpload(WorkflowDetail... values) {
      return set("OnPartialUpload", Value.list(values));
    }

    /**
     * A trigger that starts a workflow: the workflow begins to execute after a file is uploaded.
     *
     * <p>To remove an associated workflow from a server, you can provide an empty
     * <code>OnUpload</code> object, as in the following example.
     *
     * <p><code>aws transfer update-server --server-id s-01234567890abcdef --workflow-details
     * '{"OnUpload":[]}'</code>
     *
     * <p><code>OnUpload</code> can contain a maximum of one <code>WorkflowDetail</code> object.
     *
     * <p>CloudFormation property {@code OnUpload}.
     */
    public WorkflowDetails onUpload(List<WorkflowDetail> value) {
      return set("OnUpload", Value.listOf(value));
    }

    /** Sets {@code OnUpload} to this value; see {@link #onUpload(List)}. */
    public WorkflowDetails onUpload(Value<List<WorkflowDetail>> value) {
      return set("OnUpload", value);
    }

    /** Sets {@code OnUpload} to a list of these; see {@link #onUpload(List)}. */
    public WorkflowDetails onUpload(WorkflowDetail... values) {
      return set("OnUpload", Value.list(values));
    }
  }
}
