// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IVS}: {@link Channel}, {@link EncoderConfiguration}, {@link
 * IngestConfiguration}, {@link PlaybackKeyPair}, {@link PlaybackRestrictionPolicy}, {@link
 * PublicKey}, {@link RecordingConfiguration}, {@link Stage}, {@link StorageConfiguration}, {@link
 * StreamKey}.
 */
package io.tropo4j.resources.ivs;
