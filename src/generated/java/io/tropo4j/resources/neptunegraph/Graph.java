// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptunegraph;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS ::NeptuneGraph::Graph</code> resource creates an graph. is a memory-optimized graph
 * database engine for analytics. For more information, see <a
 * href="https://docs.aws.amazon.com/neptune-analytics/latest/userguide/what-is-neptune-analytics.html"></a>
 * .
 *
 * <p>You can use <code>AWS ::NeptuneGraph::Graph.DeletionProtection</code> to help guard against
 * unintended deletion of your graph.
 *
 * <p>CloudFormation type {@code AWS::NeptuneGraph::Graph}.
 */
public final class Graph extends Resource<Graph> {
  private static final Schema SCHEMA = Schema.builder("AWS::NeptuneGraph::Graph")
      .required("ProvisionedMemory")
      .constrain("GraphName", Constraint.of().pattern("^[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$").minLength(1).maxLength(63))
      .constrain("KmsKeyIdentifier", Constraint.of().pattern("arn:aws(|-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}").minLength(1).maxLength(1024))
      .constrain("ProvisionedMemory", Constraint.of().minimum(16).maximum(24576))
      .constrain("ReplicaCount", Constraint.of().minimum(0).maximum(2))
      .refYields("GraphId")
      .attributes("Endpoint", "GraphArn", "GraphId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Graph(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A value that indicates whether the graph has deletion protection enabled. The graph can't be
   * deleted when deletion protection is enabled.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public Graph deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public Graph deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The graph name. For example: <code>my-graph-1</code> .
   *
   * <p>The name must contain from 1 to 63 letters, numbers, or hyphens, and its first character
   * must be a letter. It cannot end with a hyphen or contain two consecutive hyphens.
   *
   * <p>If you don't specify a graph name, a unique graph name is generated for you using the prefix
   * <code>graph-for</code> , followed by a combination of <code>Stack Name</code> and a
   * <code>UUID</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$}. CloudFormation property {@code GraphName}.
   */
  public Graph graphName(String value) {
    return set("GraphName", Value.of(value));
  }

  /** Sets {@code GraphName} to this value; see {@link #graphName(String)}. */
  public Graph graphName(Value<String> value) {
    return set("GraphName", value);
  }

  /**
   * The import task details to import data into the graph at creation time.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ImportTask}.
   */
  public Graph importTask(Value<ImportTask> value) {
    return set("ImportTask", value);
  }

  /**
   * The ARN of the KMS key used to encrypt data in the Neptune Analytics graph. If not specified,
   * the graph is encrypted with an AWS managed key.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * arn:aws(|-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}}.
   * CloudFormation property {@code KmsKeyIdentifier}.
   */
  public Graph kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public Graph kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * The provisioned memory-optimized Neptune Capacity Units (m-NCUs) to use for the graph.
   *
   * <p>Min = 16
   *
   * <p>Required. Range: 16 to 24576. CloudFormation property {@code ProvisionedMemory}.
   */
  public Graph provisionedMemory(int value) {
    return set("ProvisionedMemory", Value.of(value));
  }

  /** Sets {@code ProvisionedMemory} to this value; see {@link #provisionedMemory(int)}. */
  public Graph provisionedMemory(Value<Integer> value) {
    return set("ProvisionedMemory", value);
  }

  /**
   * Specifies whether or not the graph can be reachable over the internet. All access to graphs is
   * IAM authenticated.
   *
   * <p>When the graph is publicly available, its domain name system (DNS) endpoint resolves to the
   * public IP address from the internet. When the graph isn't publicly available, you need to
   * create a <code>PrivateGraphEndpoint</code> in a given VPC to ensure the DNS name resolves to a
   * private IP address that is reachable from the VPC.
   *
   * <p>Default: If not specified, the default value is false.
   *
   * <p>If enabling public connectivity for the first time, there will be a delay while it is
   * enabled.
   *
   * <p>CloudFormation property {@code PublicConnectivity}.
   */
  public Graph publicConnectivity(boolean value) {
    return set("PublicConnectivity", Value.of(value));
  }

  /** Sets {@code PublicConnectivity} to this value; see {@link #publicConnectivity(boolean)}. */
  public Graph publicConnectivity(Value<Boolean> value) {
    return set("PublicConnectivity", value);
  }

  /**
   * The number of replicas in other AZs.
   *
   * <p>Default: If not specified, the default value is 1.
   *
   * <p>Changing it replaces the resource. Range: 0 to 2. CloudFormation property {@code
   * ReplicaCount}.
   */
  public Graph replicaCount(int value) {
    return set("ReplicaCount", Value.of(value));
  }

  /** Sets {@code ReplicaCount} to this value; see {@link #replicaCount(int)}. */
  public Graph replicaCount(Value<Integer> value) {
    return set("ReplicaCount", value);
  }

  /**
   * Adds metadata tags to the new graph. These tags can also be used with cost allocation
   * reporting, or used in a Condition statement in an IAM policy.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Graph tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Graph tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Graph tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the number of dimensions for vector embeddings that will be loaded into the graph.
   * The value is specified as <code>dimension=</code> value. Max = 65,535
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * VectorSearchConfiguration}.
   */
  public Graph vectorSearchConfiguration(Value<VectorSearchConfiguration> value) {
    return set("VectorSearchConfiguration", value);
  }

  /**
   * The connection endpoint for the graph. For example:
   * <code>g-12a3bcdef4.us-east-1.neptune-graph.amazonaws.com</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The ARN of the graph. For example:
   * <code>arn:aws:neptune-graph:us-east-1:111122223333:graph/g-12a3bcdef4</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code GraphArn}.
   */
  public Value<String> graphArn() {
    return getAtt("GraphArn");
  }

  /**
   * The ID of the graph. For example: <code>g-12a3bcdef4</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code GraphId}.
   */
  public Value<String> graphId() {
    return getAtt("GraphId");
  }

  /**
   * Contains options for controlling the import process. For example, if the failOnError key is set
   * to false, the import skips the data that caused the error and continues if possible (whereas if
   * set to true, the default, or if omitted, the import operation halts immediately when an error
   * is encountered).
   *
   * <p>Property type {@code AWS::NeptuneGraph::Graph.ImportOptions}.
   */
  public static final class ImportOptions extends Struct<ImportOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::NeptuneGraph::Graph.ImportOptions");

    public ImportOptions() {
      super(SCHEMA);
    }

    /**
     * Options for importing data from a Neptune database.
     *
     * <p>CloudFormation property {@code Neptune}.
     */
    public ImportOptions neptune(Value<NeptuneImportOptions> value) {
      return set("Neptune", value);
    }
  }

  /**
   * The import task details to import data into the graph at creation time.
   *
   * <p>Property type {@code AWS::NeptuneGraph::Graph.ImportTask}.
   */
  public static final class ImportTask extends Struct<ImportTask> {
    private static final Schema SCHEMA = Schema.builder("AWS::NeptuneGraph::Graph.ImportTask")
        .required("RoleArn", "Source")
        .allowed("BlankNodeHandling", "convertToIri")
        .allowed("Format", "CSV", "OPEN_CYPHER", "PARQUET", "NTRIPLES")
        .constrain("MaxProvisionedMemory", Constraint.of().minimum(16).maximum(24576))
        .constrain("MinProvisionedMemory", Constraint.of().minimum(16).maximum(24576))
        .allowed("ParquetType", "COLUMNAR")
        .constrain("RoleArn", Constraint.of().pattern("arn:aws[^:]*:iam::[0-9]{12}:(role|role/service-role)(/[\\w+=,.@-]+)+").minLength(1).maxLength(1024).format("AWS::IAM::Role.Arn"))
        .build();

    public ImportTask() {
      super(SCHEMA);
    }

    /**
     * The method to handle blank nodes in the dataset. Currently, only convertToIri is supported,
     * meaning blank nodes are converted to unique IRIs at load time. Must be provided when format
     * is NTRIPLES
     *
     * <p>Allowed values: {@code convertToIri}. CloudFormation property {@code BlankNodeHandling}.
     */
    public ImportTask blankNodeHandling(String value) {
      return set("BlankNodeHandling", Value.of(value));
    }

    /** Sets {@code BlankNodeHandling} to this value; see {@link #blankNodeHandling(String)}. */
    public ImportTask blankNodeHandling(Value<String> value) {
      return set("BlankNodeHandling", value);
    }

    /**
     * If set to true, the task halts when an import error is encountered. If set to false, the task
     * skips the data that caused the error and continues if possible.
     *
     * <p>CloudFormation property {@code FailOnError}.
     */
    public ImportTask failOnError(boolean value) {
      return set("FailOnError", Value.of(value));
    }

    /** Sets {@code FailOnError} to this value; see {@link #failOnError(boolean)}. */
    public ImportTask failOnError(Value<Boolean> value) {
      return set("FailOnError", value);
    }

    /**
     * Specifies the format of S3 data to be imported. Valid values are CSV, which identifies the
     * Gremlin CSV format, OPEN_CYPHER, which identifies the openCypher load format, or NTRIPLES,
     * which identifies the RDF n-triples format.
     *
     * <p>Allowed values: {@code CSV}, {@code OPEN_CYPHER}, {@code PARQUET}, {@code NTRIPLES}.
     * CloudFormation property {@code Format}.
     */
    public ImportTask format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public ImportTask format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * Contains options for controlling the import process. For example, if the failOnError key is
     * set to false, the import skips the data that caused the error and continues if possible
     * (whereas if set to true, the default, or if omitted, the import operation halts immediately
     * when an error is encountered).
     *
     * <p>CloudFormation property {@code ImportOptions}.
     */
    public ImportTask importOptions(Value<ImportOptions> value) {
      return set("ImportOptions", value);
    }

    /**
     * The maximum provisioned memory-optimized Neptune Capacity Units (m-NCUs) to use for the
     * graph. Default: 1024, or the approved upper limit for your account. If both the minimum and
     * maximum values are specified, the final provisioned-memory will be chosen per the actual size
     * of your imported data. If neither value is specified, 128 m-NCUs are used.
     *
     * <p>Range: 16 to 24576. CloudFormation property {@code MaxProvisionedMemory}.
     */
    public ImportTask maxProvisionedMemory(int value) {
      return set("MaxProvisionedMemory", Value.of(value));
    }

    /** Sets {@code MaxProvisionedMemory} to this value; see {@link #maxProvisionedMemory(int)}. */
    public ImportTask maxProvisionedMemory(Value<Integer> value) {
      return set("MaxProvisionedMemory", value);
    }

    /**
     * The minimum provisioned memory-optimized Neptune Capacity Units (m-NCUs) to use for the
     * graph. Default: 16
     *
     * <p>Range: 16 to 24576. CloudFormation property {@code MinProvisionedMemory}.
     */
    public ImportTask minProvisionedMemory(int value) {
      return set("MinProvisionedMemory", Value.of(value));
    }

    /** Sets {@code MinProvisionedMemory} to this value; see {@link #minProvisionedMemory(int)}. */
    public ImportTask minProvisionedMemory(Value<Integer> value) {
      return set("MinProvisionedMemory", value);
    }

    /**
     * The parquet type of the import task. Required when Format is PARQUET.
     *
     * <p>Allowed values: {@code COLUMNAR}. CloudFormation property {@code ParquetType}.
     */
    public ImportTask parquetType(String value) {
      return set("ParquetType", Value.of(value));
    }

    /** Sets {@code ParquetType} to this value; see {@link #parquetType(String)}. */
    public ImportTask parquetType(Value<String> value) {
      return set("ParquetType", value);
    }

    /**
     * The ARN of the IAM role that will allow access to the data that is to be imported.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
     * arn:aws[^:]*:iam::[0-9]{12}:(role|role/service-role)(/[&#92;w+=,.&#64;-]+)+}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public ImportTask roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public ImportTask roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * A URL identifying to the location of the data to be imported. This can be an Amazon S3 path,
     * or can point to a Neptune database endpoint or snapshot.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public ImportTask source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ImportTask source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * Options for importing data from a Neptune database.
   *
   * <p>Property type {@code AWS::NeptuneGraph::Graph.NeptuneImportOptions}.
   */
  public static final class NeptuneImportOptions extends Struct<NeptuneImportOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::NeptuneGraph::Graph.NeptuneImportOptions")
        .required("S3ExportKmsKeyId", "S3ExportPath")
        .constrain("S3ExportKmsKeyId", Constraint.of().minLength(1).maxLength(1024))
        .constrain("S3ExportPath", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public NeptuneImportOptions() {
      super(SCHEMA);
    }

    /**
     * Neptune Analytics supports label-less vertices and no labels are assigned unless one is
     * explicitly provided. Neptune assigns default labels when none is explicitly provided. When
     * importing the data into Neptune Analytics, the default vertex labels can be omitted by
     * setting preserveDefaultVertexLabels to false. Note that if the vertex only has default
     * labels, and has no other properties or edges, then the vertex will effectively not get
     * imported into Neptune Analytics when preserveDefaultVertexLabels is set to false.
     *
     * <p>CloudFormation property {@code PreserveDefaultVertexLabels}.
     */
    public NeptuneImportOptions preserveDefaultVertexLabels(boolean value) {
      return set("PreserveDefaultVertexLabels", Value.of(value));
    }

    /**
     * Sets {@code PreserveDefaultVertexLabels} to this value; see {@link
     * #preserveDefaultVertexLabels(boolean)}.
     */
    public NeptuneImportOptions preserveDefaultVertexLabels(Value<Boolean> value) {
      return set("PreserveDefaultVertexLabels", value);
    }

    /**
     * Neptune Analytics currently does not support user defined edge ids. The edge ids are not
     * imported by default. They are imported if preserveEdgeIds is set to true, and ids are stored
     * as properties on the relationships with the property name neptuneEdgeId.
     *
     * <p>CloudFormation property {@code PreserveEdgeIds}.
     */
    public NeptuneImportOptions preserveEdgeIds(boolean value) {
      return set("PreserveEdgeIds", Value.of(value));
    }

    /** Sets {@code PreserveEdgeIds} to this value; see {@link #preserveEdgeIds(boolean)}. */
    public NeptuneImportOptions preserveEdgeIds(Value<Boolean> value) {
      return set("PreserveEdgeIds", value);
    }

    /**
     * The KMS key to use to encrypt data in the S3 bucket where the graph data is exported.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code S3ExportKmsKeyId}.
     */
    public NeptuneImportOptions s3ExportKmsKeyId(String value) {
      return set("S3ExportKmsKeyId", Value.of(value));
    }

    /** Sets {@code S3ExportKmsKeyId} to this value; see {@link #s3ExportKmsKeyId(String)}. */
    public NeptuneImportOptions s3ExportKmsKeyId(Value<String> value) {
      return set("S3ExportKmsKeyId", value);
    }

    /**
     * The path to an S3 bucket from which to import data.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code S3ExportPath}.
     */
    public NeptuneImportOptions s3ExportPath(String value) {
      return set("S3ExportPath", Value.of(value));
    }

    /** Sets {@code S3ExportPath} to this value; see {@link #s3ExportPath(String)}. */
    public NeptuneImportOptions s3ExportPath(Value<String> value) {
      return set("S3ExportPath", value);
    }
  }

  /**
   * The vector-search configuration for the graph, which specifies the vector dimension to use in
   * the vector index, if any.
   *
   * <p>Property type {@code AWS::NeptuneGraph::Graph.VectorSearchConfiguration}.
   */
  public static final class VectorSearchConfiguration extends Struct<VectorSearchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NeptuneGraph::Graph.VectorSearchConfiguration")
        .required("VectorSearchDimension")
        .build();

    public VectorSearchConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of dimensions.
     *
     * <p>Required. CloudFormation property {@code VectorSearchDimension}.
     */
    public VectorSearchConfiguration vectorSearchDimension(int value) {
      return set("VectorSearchDimension", Value.of(value));
    }

    /**
     * Sets {@code VectorSearchDimension} to this value; see {@link #vectorSearchDimension(int)}.
     */
    public VectorSearchConfiguration vectorSearchDimension(Value<Integer> value) {
      return set("VectorSearchDimension", value);
    }
  }
}
