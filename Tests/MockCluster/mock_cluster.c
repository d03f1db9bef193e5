/*
 * A librdkafka mock cluster (an independent Kafka implementation) for the KafkaClient
 * integration tests. Prints the bootstrap servers on the first line of stdout, then runs one
 * command per stdin line and answers each with "ok" or "err <code>"; exits at end of input.
 *
 *   topic <name> <partitions> <replication-factor>
 *   leader <topic> <partition> <broker-id>
 *   down <broker-id> | up <broker-id>
 *   errors <api-key> <code> [<code> ...]    next requests of that API fail with these codes
 *   apiversion <api-key> <min> <max>         limit the versions the brokers advertise
 *   rtt <broker-id> <milliseconds>           delay every response of a broker
 *
 * Build: cc mock_cluster.c -o mock_cluster -lrdkafka
 */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(rd_kafka_mock_cluster_t *mcluster, char *line) {
    char *words[64];
    int count = 0;
    for (char *word = strtok(line, " \t\r\n"); word && count < 64; word = strtok(NULL, " \t\r\n"))
        words[count++] = word;
    if (count == 0)
        return -1;
    if (!strcmp(words[0], "topic") && count == 4)
        return rd_kafka_mock_topic_create(mcluster, words[1], atoi(words[2]), atoi(words[3]));
    if (!strcmp(words[0], "leader") && count == 4)
        return rd_kafka_mock_partition_set_leader(mcluster, words[1], atoi(words[2]), atoi(words[3]));
    if (!strcmp(words[0], "down") && count == 2)
        return rd_kafka_mock_broker_set_down(mcluster, atoi(words[1]));
    if (!strcmp(words[0], "up") && count == 2)
        return rd_kafka_mock_broker_set_up(mcluster, atoi(words[1]));
    if (!strcmp(words[0], "errors") && count >= 3) {
        rd_kafka_resp_err_t errors[62];
        for (int i = 2; i < count; i++)
            errors[i - 2] = (rd_kafka_resp_err_t)atoi(words[i]);
        rd_kafka_mock_push_request_errors_array(mcluster, atoi(words[1]), (size_t)(count - 2), errors);
        return 0;
    }
    if (!strcmp(words[0], "rtt") && count == 3)
        return rd_kafka_mock_broker_set_rtt(mcluster, atoi(words[1]), atoi(words[2]));
    if (!strcmp(words[0], "apiversion") && count == 4)
        return rd_kafka_mock_set_apiversion(mcluster, atoi(words[1]), atoi(words[2]), atoi(words[3]));
    return -1;
}

int main(int argc, char **argv) {
    char errstr[512];
    int brokers = argc > 1 ? atoi(argv[1]) : 3;
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof(errstr));
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
    if (!rk) {
        fprintf(stderr, "rd_kafka_new: %s\n", errstr);
        return 1;
    }
    rd_kafka_mock_cluster_t *mcluster = rd_kafka_mock_cluster_new(rk, brokers);
    if (!mcluster) {
        fprintf(stderr, "rd_kafka_mock_cluster_new failed\n");
        return 1;
    }
    printf("%s\n", rd_kafka_mock_cluster_bootstraps(mcluster));
    fflush(stdout);
    char line[4096];
    while (fgets(line, sizeof(line), stdin)) {
        int result = run(mcluster, line);
        if (result == 0)
            printf("ok\n");
        else
            printf("err %d\n", result);
        fflush(stdout);
    }
    rd_kafka_mock_cluster_destroy(mcluster);
    rd_kafka_destroy(rk);
    return 0;
}
