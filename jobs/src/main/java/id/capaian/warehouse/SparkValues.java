package id.capaian.warehouse;

import java.util.List;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Java values in the shapes Spark's {@code Row} expects. */
public final class SparkValues {
  private SparkValues() {}

  /** A Row's array column must be a Scala Seq. */
  public static Seq<Object> seq(List<?> list) {
    return CollectionConverters.asScala(List.<Object>copyOf(list)).toList();
  }
}
